using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>Maps one parsed DBLP record element to a work.</summary>
internal static partial class DblpRecordMapper
{
    public static ReadResult Map(XElement record, RecordPosition position, string rawText)
    {
        var key = PaperText.CollapseWhitespace((string?)record.Attribute("key"));
        if (record.Name.LocalName is "www" or "person" or "data")
            return ReadResult.Skipped(position, $"DBLP {record.Name.LocalName} record ({key}), not a work");
        if (key is null) return ReadResult.Rejected(position, "missing key", rawText);
        var title = Title(record);
        if (title is null) return ReadResult.Rejected(position, "missing title", rawText);

        var work = new Work(new SourceKey("dblp", key), WorkKind.Paper, title)
        {
            Year = int.TryParse(Text(record, "year"), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null,
            // A monograph has no journal or booktitle of its own; its series is where it appeared.
            Venue = Text(record, "journal") ?? Text(record, "booktitle") ?? Text(record, "series"),
            Language = "en",
            Identifiers = Identifiers(record, key),
            Authors = Authors(record),
        };
        return ReadResult.Ok(work, position);
    }

    /// <summary>DBLP ends every title with a '.' of its own (unless it ends in '?' or '!'); an ellipsis is kept.</summary>
    private static string? Title(XElement record)
    {
        var title = Text(record, "title");
        if (title is null || !title.EndsWith('.') || title.EndsWith("...", StringComparison.Ordinal)) return title;
        return PaperText.CollapseWhitespace(title[..^1]);
    }

    private static List<WorkIdentifier> Identifiers(XElement record, string key)
    {
        var identifiers = new List<WorkIdentifier> { new(IdentifierScheme.DblpKey, key) };
        var doi = record.Elements("ee").Select(e => DoiFromLink(PaperText.CollapseWhitespace(e.Value))).FirstOrDefault(d => d is not null);
        if (doi is not null) identifiers.Add(new(IdentifierScheme.Doi, doi));
        foreach (var isbn in record.Elements("isbn").Select(e => PaperText.CollapseWhitespace(e.Value)).OfType<string>().Distinct(StringComparer.Ordinal))
            identifiers.Add(new(IdentifierScheme.Isbn, isbn));
        return identifiers;
    }

    private static string? DoiFromLink(string? link) =>
        link is not null && DoiLink().Match(link) is { Success: true } match ? ScholarlyIds.Doi(match.Groups["doi"].Value) : null;

    /// <summary>
    /// Authors in order, then editors (role Editor): a book lists only editors, a chapter only authors, and keeping
    /// editors where they are given lets resolution count editing too.
    /// </summary>
    private static List<AuthorMention> Authors(XElement record)
    {
        var mentions = new List<AuthorMention>();
        foreach (var (element, role) in record.Elements("author").Select(e => (e, AuthorRole.Author))
                     .Concat(record.Elements("editor").Select(e => (e, AuthorRole.Editor))))
        {
            // "Markus Schmitt 0002": the number tells DBLP's homonyms apart, so the full string is DBLP's person id.
            var dblpName = PaperText.CollapseWhitespace(element.Value);
            if (dblpName is null) continue;
            var rawName = HomonymSuffix().Replace(dblpName, string.Empty);
            mentions.Add(new AuthorMention(rawName, mentions.Count + 1)
            {
                Role = role,
                SourceAuthorId = dblpName,
                Orcid = ScholarlyIds.Orcid((string?)element.Attribute("orcid")),
            });
        }

        return mentions;
    }

    private static string? Text(XElement record, string name) =>
        PaperText.CollapseWhitespace(record.Element(name)?.Value);

    [GeneratedRegex(@"^https?://(?:dx\.)?doi\.org/(?<doi>10\..+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DoiLink();

    [GeneratedRegex(@" \d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex HomonymSuffix();
}
