using System.Text.RegularExpressions;
using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Csv;
using ExpertGraph.Ingestion.Papers;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Exports;

/// <summary>
/// Scopus "CSV export" rows. Columns are found by name: Scopus lets the user pick the exported fields and has changed
/// the layout over the years (2016: no author ids; 2022: "Author(s) ID"; 2023: "Author full names" and "; "-separated
/// lists). Key ("scopus", EID).
/// </summary>
internal sealed partial class ScopusCsvLayout : ExportCsvLayout
{
    public static readonly ScopusCsvLayout Instance = new();

    public override IReadOnlyList<string> SignatureColumns { get; } = ["Title", "Source title", "EID"];

    /// <summary>
    /// Scopus writes one "Funding Text N" column per funding text of the widest record; a file put together from
    /// several exports has rows with more funding texts than its header names. Such a row holds the extra fields right
    /// after the header's last "Funding Text" column, and is read that way when its EID then sits in the EID column.
    /// </summary>
    public override CsvRow? Align(CsvColumns header, IReadOnlyList<string> fields, out string? reason)
    {
        if (header.Row(fields, out reason) is { } row) return row;
        var lastFundingText = -1;
        for (var i = 0; i < header.Count; i++)
            if (header.Names[i].StartsWith("Funding Text", StringComparison.Ordinal)) lastFundingText = i;
        if (fields.Count <= header.Count || lastFundingText < 0) return null;

        var shifted = new CsvRow(header, fields, lastFundingText + 1, fields.Count - header.Count);
        if (shifted.Get("EID") is not { } eid || !Eid().IsMatch(eid)) return null;
        reason = null;
        return shifted;
    }

    public override ReadResult Map(CsvRow row, RecordPosition position, string rawText)
    {
        var eid = row.Get("EID");
        if (eid is null || !Eid().IsMatch(eid)) return ReadResult.Rejected(position, eid is null ? "missing EID" : $"invalid EID '{eid}'", rawText);
        var title = ExportText.IsPlaceholder(row.Get("Title")) ? null : PaperText.Clean(row.Get("Title"));
        if (title is null) return ReadResult.Rejected(position, "missing title", rawText);

        var documentType = row.Get("Document Type");
        // A proceedings volume's own record: its "abstract" lists the papers of the volume, it has no authors.
        if (documentType == "Conference Review") return ReadResult.Skipped(position, $"Scopus Conference Review {eid} (a proceedings volume), not a work");

        var (authors, organizations) = ScopusAuthors.Map(row);
        var work = new Work(new SourceKey("scopus", eid), WorkKind.Paper, title)
        {
            Abstract = Abstract(row.Get("Abstract")),
            Keywords = ExportText.Keywords(row.Get("Author Keywords"), ";"),
            Year = ExportText.Year(row.Get("Year")),
            Venue = PaperText.CollapseWhitespace(row.Get("Source title")),
            Language = ExportText.Language(row.Get("Language of Original Document")),
            Identifiers = Identifiers(row, documentType),
            Classifications = [.. ExportText.Keywords(row.Get("Index Keywords"), ";").Select(term => new ClassificationCode("ScopusIndexKeyword", term))],
            CitationCount = ExportText.Count(row.Get("Cited by")),
            Authors = authors,
            Organizations = organizations,
        };
        return ReadResult.Ok(work, position);
    }

    /// <summary>The abstract without Scopus's placeholder and the publisher's trailing copyright line ("© 2016 IEEE.").</summary>
    internal static string? Abstract(string? value)
    {
        if (ExportText.IsPlaceholder(value)) return null;
        var text = PaperText.Clean(value);
        if (text is null) return null;
        var copyright = TrailingCopyright().Match(text);
        return copyright.Success && copyright.Index > 0 ? PaperText.CollapseWhitespace(text[..copyright.Index]) : text;
    }

    private static List<WorkIdentifier> Identifiers(CsvRow row, string? documentType)
    {
        var identifiers = new List<WorkIdentifier>();
        if (ScholarlyIds.Doi(row.Get("DOI")) is { } doi) identifiers.Add(new(IdentifierScheme.Doi, doi));
        if (ScholarlyIds.Pmid(row.Get("PubMed ID")) is { } pmid) identifiers.Add(new(IdentifierScheme.Pmid, pmid));
        // An ISBN names the book: the work itself only when the record is the book.
        if (documentType == "Book")
        {
            foreach (var isbn in ExportText.Split(row.Get("ISBN"), ";").Distinct(StringComparer.Ordinal))
                identifiers.Add(new(IdentifierScheme.Isbn, isbn));
        }

        return identifiers;
    }

    [GeneratedRegex(@"^2-s2\.0-\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex Eid();

    [GeneratedRegex(@"\s*(?:Copyright\s*)?(?:©|\([cC]\)\s*\d{4})[^©]{0,300}$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCopyright();
}
