using System.Text.RegularExpressions;
using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Csv;
using ExpertGraph.Ingestion.Papers;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Exports;

/// <summary>
/// IEEE Xplore "Export: CSV" rows: "Document Title", "Authors" ("P. Kogge; J. Shalf"), "Author Affiliations" (one per
/// author, "; "-separated in the same order, "NA" where unknown), "Publication Title", "Publication Year", "Abstract",
/// "DOI", "PDF Link" (…stamp.jsp?arnumber=6634083), "Author Keywords", "IEEE Terms", "INSPEC Controlled Terms",
/// "Article Citation Count". Key ("ieee", article number), from the PDF link or an "Article Number" column, else the DOI.
/// </summary>
internal sealed partial class IeeeCsvLayout : ExportCsvLayout
{
    public static readonly IeeeCsvLayout Instance = new();

    public override IReadOnlyList<string> SignatureColumns { get; } = ["Document Title", "Authors", "Publication Title", "Publication Year"];

    public override ReadResult Map(CsvRow row, RecordPosition position, string rawText)
    {
        var doi = ScholarlyIds.Doi(row.Get("DOI"));
        var id = ArticleNumber(row) ?? doi;
        if (id is null) return ReadResult.Rejected(position, "missing article number (PDF Link, Article Number) and DOI", rawText);
        var title = PaperText.Clean(row.Get("Document Title"));
        if (title is null) return ReadResult.Rejected(position, "missing Document Title", rawText);

        var names = ExportText.Split(row.Get("Authors"), ";");
        var addresses = ExportText.Split(row.Get("Author Affiliations"), "; ");
        // One address per author, in author order; a list of another length cannot be aligned and stays with the work.
        var aligned = addresses.Count == names.Count;
        var work = new Work(new SourceKey("ieee", id), WorkKind.Paper, title)
        {
            Abstract = ExportText.IsPlaceholder(row.Get("Abstract")) ? null : PaperText.Clean(row.Get("Abstract")),
            Keywords = Keywords(row.Get("Author Keywords")),
            Year = ExportText.Year(row.Get("Publication Year")),
            Venue = PaperText.CollapseWhitespace(row.Get("Publication Title")),
            Identifiers = doi is null ? [] : [new WorkIdentifier(IdentifierScheme.Doi, doi)],
            Classifications =
            [
                .. Terms(row, "IEEE Terms", "IEEETerm"),
                .. Terms(row, "INSPEC Controlled Terms", "INSPEC"),
                .. Terms(row, "Mesh_Terms", "MeSHHeading"),
            ],
            CitationCount = ExportText.Count(row.Get("Article Citation Count")),
            Authors =
            [
                .. names.Select((name, i) => new AuthorMention(name, i + 1)
                {
                    Affiliations = aligned && AffiliationText.Mention(addresses[i]) is { } address ? [address] : [],
                }),
            ],
            Organizations = aligned ? [] : [.. addresses.Distinct(StringComparer.Ordinal).Select(AffiliationText.Mention).OfType<AffiliationMention>()],
        };
        return ReadResult.Ok(work, position);
    }

    private static string? ArticleNumber(CsvRow row)
    {
        if (row.Get("Article Number") is { } number && number.All(char.IsAsciiDigit)) return number;
        return row.Get("PDF Link") is { } link && ArnumberParameter().Match(link) is { Success: true } match ? match.Groups[1].Value : null;
    }

    /// <summary>Author keywords are ';'-separated; an author who typed commas instead gets them split at the commas.</summary>
    private static List<string> Keywords(string? value) =>
        value?.Contains(';', StringComparison.Ordinal) == false ? ExportText.Keywords(value, ",") : ExportText.Keywords(value, ";");

    private static IEnumerable<ClassificationCode> Terms(CsvRow row, string column, string scheme) =>
        ExportText.Keywords(row.Get(column), ";").Select(term => new ClassificationCode(scheme, term));

    [GeneratedRegex(@"[?&]arnumber=(\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex ArnumberParameter();
}
