using ExpertGraph.Ingestion.Normalization;
using System.Globalization;
using System.Text.RegularExpressions;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Ingestion.Papers;

namespace ExpertGraph.Ingestion.ProQuest;

/// <summary>
/// Turns one ProQuest document into a <see cref="Work"/> keyed ("proquest", ProQuest document ID), or says why it cannot.
/// Fields: Title (else the block's title line), Abstract, Publication year (else Degree date), Publication title (else
/// Database) as venue, Language, ISBN and DOI, "Identifier / keyword" as keywords, Classification's "0402: Philosophy of
/// Science" as ("ProQuest", "0402", label). Persons: Author (the thesis's author, affiliated with the department and
/// university, whose location the normalizer reads the country from), then Advisor and Committee member in their
/// roles; ProQuest does not say where advisors and committee members work, so they get no affiliation.
/// </summary>
internal static partial class ProQuestRecordMapper
{
    public const string Source = "proquest";

    /// <summary>ProQuest's broad subject areas that hold a comma.</summary>
    private static readonly string[] AreasWithComma = ["Philosophy, religion and theology", "Language, literature and linguistics"];

    public static Work? Map(ProQuestRecord record, out string? reason)
    {
        reason = null;
        if (record.Value("ProQuest document ID") is not { } id)
        {
            reason = "no \"ProQuest document ID\", the document's key";
            return null;
        }

        if ((record.Value("Title") ?? record.TitleLine) is not { } title)
        {
            reason = "no title";
            return null;
        }

        var yearText = record.Value("Publication year") ?? record.Value("Degree date");
        int? year = null;
        if (yearText is not null)
        {
            if (Year().Match(yearText) is not { Success: true } match)
            {
                reason = $"publication year '{yearText}' holds no year";
                return null;
            }

            year = int.Parse(match.Value, CultureInfo.InvariantCulture);
        }

        return new Work(new SourceKey(Source, id), WorkKind.Paper, title)
        {
            Abstract = record.Value("Abstract"),
            Keywords = Keywords(record.Value("Identifier / keyword")),
            Year = year,
            Venue = record.Value("Publication title") ?? record.Value("Database"),
            Language = LanguageCodes.ToIso6391(record.Value("Language")),
            Identifiers = Identifiers(record),
            Classifications = Classifications(record.Value("Classification")),
            Authors = Persons(record),
        };
    }

    /// <summary>
    /// "Philosophy, religion and theology, Entrenchment, Goodman": a comma-separated list that starts with ProQuest's
    /// broad subject areas, two of which hold a comma themselves; those two are kept whole.
    /// </summary>
    private static List<string> Keywords(string? list)
    {
        if (list is null) return [];
        const char Protected = '\u001F';
        foreach (var area in AreasWithComma) list = list.Replace(area, area.Replace(',', Protected), StringComparison.Ordinal);
        return [.. Split(list, ',').Select(keyword => keyword.Replace(Protected, ','))];
    }

    private static List<WorkIdentifier> Identifiers(ProQuestRecord record)
    {
        var identifiers = new List<WorkIdentifier>();
        if (ScholarlyIds.Doi(record.Value("DOI")) is { } doi) identifiers.Add(new(IdentifierScheme.Doi, doi));
        foreach (var isbn in Split(record.Value("ISBN"), ',', ';'))
            identifiers.Add(new(IdentifierScheme.Isbn, isbn.Replace("-", "", StringComparison.Ordinal)));
        return identifiers;
    }

    /// <summary>"0402: Philosophy of Science; 0422: Philosophy": ProQuest subject codes with their names.</summary>
    private static List<ClassificationCode> Classifications(string? classification)
    {
        var codes = new List<ClassificationCode>();
        foreach (var item in Split(classification, ';'))
        {
            var colon = item.IndexOf(':', StringComparison.Ordinal);
            var code = (colon < 0 ? item : item[..colon]).Trim();
            var label = colon < 0 ? null : item[(colon + 1)..].Trim();
            if (code.Length > 0 && !codes.Exists(c => c.Code == code)) codes.Add(new ClassificationCode("ProQuest", code, string.IsNullOrEmpty(label) ? null : label));
        }

        return codes;
    }

    private static List<AuthorMention> Persons(ProQuestRecord record)
    {
        var persons = new List<AuthorMention>();
        var affiliation = Affiliation(record);
        foreach (var name in ProQuestNames.Split(record.Value("Author")))
            persons.Add(Mention(name, persons.Count + 1, AuthorRole.Author) with { Affiliations = affiliation is null ? [] : [affiliation] });
        foreach (var name in ProQuestNames.Split(record.Value("Advisor")))
            persons.Add(Mention(name, persons.Count + 1, AuthorRole.Advisor));
        foreach (var name in ProQuestNames.Split(record.Value("Committee member")))
            persons.Add(Mention(name, persons.Count + 1, AuthorRole.CommitteeMember));
        return persons;
    }

    private static AuthorMention Mention(string name, int position, AuthorRole role) =>
        new(name, position) { Role = role, Name = PersonNameParser.TryParse(name, out var parsed) ? parsed : null };

    /// <summary>"Philosophy, The University of North Carolina at Chapel Hill, United States -- North Carolina".</summary>
    private static AffiliationMention? Affiliation(ProQuestRecord record)
    {
        var university = record.Value("University/institution");
        if (university is null) return null;
        var parts = new[] { record.Value("Department"), university, record.Value("University location") }.OfType<string>();
        return new AffiliationMention(string.Join(", ", parts)) { Organization = university };
    }

    private static List<string> Split(string? text, params char[] separators) =>
        text is null ? [] : [.. text.Split(separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(@"\b(?:1[5-9]|20)\d\d\b")]
    private static partial Regex Year();
}
