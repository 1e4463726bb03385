using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>Maps one CSL-JSON item to a work: a paper, or a patent when CSL types it so.</summary>
internal static partial class CslItemMapper
{
    public static ReadResult Map(JsonElement item, RecordPosition position)
    {
        if (item.ValueKind != JsonValueKind.Object) return ReadResult.Rejected(position, $"a JSON {item.ValueKind}, not a CSL item", item.GetRawText());
        var title = PaperText.CollapseWhitespace(item.StringOrNull("title"));
        if (title is null) return ReadResult.Rejected(position, "missing title", item.GetRawText());

        var isPatent = item.StringOrNull("type") == "patent";
        var role = isPatent ? AuthorRole.Inventor : AuthorRole.Author;
        var authors = new List<AuthorMention>();
        foreach (var (person, personRole) in item.Items("author").Select(a => (a, role)).Concat(item.Items("editor").Select(e => (e, AuthorRole.Editor))))
        {
            if (CslNames.Mention(person, authors.Count + 1, personRole) is { } mention) authors.Add(mention);
        }

        var openAlexId = OpenAlexWorkId(item);
        var doi = ScholarlyIds.Doi(item.StringOrNull("DOI"));
        var year = CslDates.FirstYear(item, "issued");
        var work = new Work(Key(item, openAlexId, doi, title, year, authors), isPatent ? WorkKind.Patent : WorkKind.Paper, title)
        {
            Abstract = PaperText.Literal(item.StringOrNull("abstract")),
            Keywords = Keywords(item.StringOrNull("keyword")),
            Year = year,
            Venue = PaperText.Clean(FirstText(item, "container-title") ?? FirstText(item, "collection-title") ?? FirstText(item, "event-title")),
            Language = PaperText.LanguageCode(item.StringOrNull("language")),
            Identifiers = Identifiers(item, openAlexId, doi, isPatent),
            CitationCount = Citations(item.StringOrNull("note")),
            Authors = authors,
        };
        return ReadResult.Ok(work, position);
    }

    /// <summary>
    /// The source's own id when it is a global one: an OpenAlex work id ("https://openalex.org/W…", as OpenAlex and
    /// openalexPro export), so the item is the same record as that work read from OpenAlex JSON. Else the DOI, which
    /// names the work wherever it was exported from; else an id that is a URL (a Zotero item URI). Other CSL ids are
    /// citation keys local to one export ("ITEM-1", "smith2020"), so an item with nothing better is keyed by a hash of
    /// its title, year and authors.
    /// </summary>
    private static SourceKey Key(JsonElement item, string? openAlexId, string? doi, string title, int? year, List<AuthorMention> authors)
    {
        if (openAlexId is not null) return new SourceKey("openalex", openAlexId);
        if (doi is not null) return new SourceKey("doi", doi);
        var id = item.StringOrNull("id");
        if (Uri.TryCreate(id, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") return new SourceKey("csl", id!);
        var content = string.Join('\n', [title, year?.ToString(CultureInfo.InvariantCulture) ?? "", .. authors.Select(a => a.RawName)]);
        return new SourceKey("csl", "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..32]);
    }

    private static string? OpenAlexWorkId(JsonElement item) =>
        item.StringOrNull("id") is { } id && id.StartsWith("https://openalex.org/", StringComparison.OrdinalIgnoreCase) && OpenAlexIds.EntityKind(id) == "work"
            ? OpenAlexIds.Short(id)
            : null;

    private static List<WorkIdentifier> Identifiers(JsonElement item, string? openAlexId, string? doi, bool isPatent)
    {
        var identifiers = new List<WorkIdentifier>();
        if (openAlexId is not null) identifiers.Add(new(IdentifierScheme.OpenAlexId, openAlexId));
        if (doi is not null) identifiers.Add(new(IdentifierScheme.Doi, doi));
        if (ScholarlyIds.Pmid(item.StringOrNull("PMID")) is { } pmid) identifiers.Add(new(IdentifierScheme.Pmid, pmid));
        if (ScholarlyIds.Pmcid(item.StringOrNull("PMCID")) is { } pmcid) identifiers.Add(new(IdentifierScheme.Pmcid, pmcid));
        if (isPatent && PaperText.CollapseWhitespace(item.StringOrNull("number")) is { } number) identifiers.Add(new(IdentifierScheme.PatentNumber, number));
        foreach (var isbn in Numbers(item, "ISBN").Select(ScholarlyIds.Isbn).OfType<string>().Distinct(StringComparer.Ordinal))
            identifiers.Add(new(IdentifierScheme.Isbn, isbn));
        foreach (var issn in Numbers(item, "ISSN").Select(ScholarlyIds.Issn).OfType<string>().Distinct(StringComparer.Ordinal))
            identifiers.Add(new(IdentifierScheme.Other, "issn:" + issn));
        return identifiers;
    }

    /// <summary>CSL "keyword" is one string: "a; b; c" (OpenAlex, Zotero's CSL export) or, without semicolons, "a, b, c".</summary>
    private static List<string> Keywords(string? keywords)
    {
        var separator = keywords?.Contains(';', StringComparison.Ordinal) == true ? ';' : ',';
        return [.. Split(keywords, separator).Select(PaperText.Clean).OfType<string>().Distinct(StringComparer.Ordinal)];
    }

    /// <summary>openalexPro writes OpenAlex's cited_by_count into the note: "OA:TRUE; OA_status:bronze; Citations:20".</summary>
    private static int? Citations(string? note) =>
        note is not null && CitationsNote().Match(note) is { Success: true } match
        && int.TryParse(match.Groups["count"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? count
            : null;

    /// <summary>A string variable, or the first string of a list where an exporter wrote one.</summary>
    private static string? FirstText(JsonElement item, string name) =>
        item.StringOrNull(name) ?? item.Strings(name).FirstOrDefault();

    /// <summary>CSL writes one string, which exporters fill with several numbers ("1234-5679, 2049-3630"); Crossref's CSL keeps its lists.</summary>
    private static IEnumerable<string> Numbers(JsonElement item, string name) =>
        Split(item.StringOrNull(name), ',', ' ', ';').Concat(item.Strings(name));

    private static IEnumerable<string> Split(string? text, params char[] separators) =>
        text?.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    [GeneratedRegex(@"(?:^|;)\s*Citations:\s*(?<count>\d{1,9})\s*(?:;|$)", RegexOptions.CultureInvariant)]
    private static partial Regex CitationsNote();
}
