using System.Text.Json;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>Maps a work's "authorships" to author mentions in source order, with their institutions.</summary>
internal static class OpenAlexAuthorships
{
    public static IReadOnlyList<AuthorMention> Map(JsonElement work)
    {
        var mentions = new List<AuthorMention>();
        foreach (var authorship in work.Items("authorships"))
        {
            var author = authorship.ObjectOrNull("author");
            // An authorship without any name cannot be a mention; OpenAlex's profile name comes first, the name as
            // printed on the work when there is no profile.
            var name = PaperText.Clean(author?.StringOrNull("display_name")) ?? PaperText.Clean(authorship.StringOrNull("raw_author_name"));
            if (name is null) continue;
            mentions.Add(new AuthorMention(name, mentions.Count + 1)
            {
                Orcid = ScholarlyIds.Orcid(author?.StringOrNull("orcid")),
                SourceAuthorId = OpenAlexIds.Short(author?.StringOrNull("id")),
                Affiliations = Affiliations(authorship),
            });
        }

        return mentions;
    }

    /// <summary>
    /// One mention per institution, its raw text being the affiliation strings OpenAlex tied to it; then every raw
    /// affiliation string tied to no institution on its own, so nothing the source printed is lost.
    /// </summary>
    private static List<AffiliationMention> Affiliations(JsonElement authorship)
    {
        var rawStrings = authorship.Items("raw_affiliation_strings")
            .Select(s => s.ValueKind == JsonValueKind.String ? PaperText.Clean(s.GetString()) : null)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        // The current schema links strings to institutions in "affiliations"; older records only have both lists.
        var linked = authorship.Items("affiliations")
            .Select(a => (Text: PaperText.Clean(a.StringOrNull("raw_affiliation_string")),
                InstitutionIds: a.Items("institution_ids").Select(i => OpenAlexIds.Short(i.ValueKind == JsonValueKind.String ? i.GetString() : null)).OfType<string>().ToList()))
            .Where(a => a.Text is not null)
            .ToList();

        var mentions = new List<AffiliationMention>();
        var usedStrings = new HashSet<string>(StringComparer.Ordinal);
        var institutions = authorship.Items("institutions").Where(i => i.ValueKind == JsonValueKind.Object).ToList();
        foreach (var institution in institutions)
        {
            var id = OpenAlexIds.Short(institution.StringOrNull("id"));
            var organization = PaperText.Clean(institution.StringOrNull("display_name"));
            var texts = linked.Count > 0
                ? linked.Where(a => id is not null && a.InstitutionIds.Contains(id, StringComparer.Ordinal)).Select(a => a.Text!).Distinct(StringComparer.Ordinal).ToList()
                : institutions.Count == 1 ? rawStrings : [];
            usedStrings.UnionWith(texts);
            var rawText = texts.Count > 0 ? string.Join("; ", texts) : organization;
            if (rawText is null) continue;
            mentions.Add(new AffiliationMention(rawText)
            {
                Organization = organization,
                CountryCode = PaperText.Clean(institution.StringOrNull("country_code"))?.ToUpperInvariant(),
                SourceInstitutionId = id,
            });
        }

        foreach (var text in rawStrings.Concat(linked.Select(a => a.Text!)).Distinct(StringComparer.Ordinal))
        {
            if (usedStrings.Add(text)) mentions.Add(new AffiliationMention(text));
        }

        return mentions;
    }
}
