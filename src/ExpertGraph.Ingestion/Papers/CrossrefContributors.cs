using System.Text.Json;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>
/// A Crossref work's authors in list order (the order "sequence" first/additional describes), then its editors (role
/// Editor, as DBLP's are): an academic editor of a journal article or a book is a field expert too.
/// </summary>
internal static class CrossrefContributors
{
    public static List<AuthorMention> Map(JsonElement record)
    {
        var mentions = new List<AuthorMention>();
        var people = record.Items("author").Select(a => (Person: a, Role: AuthorRole.Author))
            .Concat(record.Items("editor").Select(e => (Person: e, Role: AuthorRole.Editor)));
        foreach (var (person, role) in people)
        {
            // An entry without any name (only a "sequence") cannot be a mention.
            if (CslNames.Mention(person, mentions.Count + 1, role) is not { } mention) continue;
            mentions.Add(mention with { Affiliations = Affiliations(person) });
        }

        return mentions;
    }

    /// <summary>
    /// One mention per affiliation. Its "name" is often the whole printed line ("Open Universiteit, Heerlen, NL"), so it
    /// is the organization only when Crossref separates the rest (a "department", a "place") or ties it to a ROR id.
    /// </summary>
    private static List<AffiliationMention> Affiliations(JsonElement person)
    {
        var affiliations = new List<AffiliationMention>();
        foreach (var affiliation in person.Items("affiliation"))
        {
            var name = PaperText.Clean(affiliation.StringOrNull("name"));
            if (name is null) continue;
            var departments = affiliation.Strings("department").Select(PaperText.Clean).OfType<string>().ToList();
            var places = affiliation.Strings("place").Select(PaperText.Clean).OfType<string>().ToList();
            var ror = affiliation.Items("id").FirstOrDefault(i => string.Equals(i.StringOrNull("id-type"), "ROR", StringComparison.OrdinalIgnoreCase));
            var rorId = ScholarlyIds.LastSegment(ror.ValueKind == JsonValueKind.Object ? ror.StringOrNull("id") : null);
            var isSeparated = departments.Count > 0 || places.Count > 0 || rorId is not null;
            var rawText = string.Join(", ", departments.Append(name).Concat(places));
            if (affiliations.Exists(a => a.RawText == rawText)) continue;
            affiliations.Add(new AffiliationMention(rawText)
            {
                Organization = isSeparated ? name : null,
                SourceInstitutionId = rorId,
            });
        }

        return affiliations;
    }
}
