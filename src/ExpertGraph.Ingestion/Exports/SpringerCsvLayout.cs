using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Csv;
using ExpertGraph.Ingestion.Papers;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Exports;

/// <summary>
/// Springer Link "Download search results (CSV)" rows: "Item Title", "Publication Title" (journal, or the book of a
/// chapter, or the series of a book), "Book Series Title", "Item DOI", "Authors" (run together, see
/// <see cref="SpringerAuthorNames"/>), "Publication Year", "URL", "Content Type" (Article, Chapter, Book, …). No
/// abstracts, affiliations or author ids. Key ("springer", DOI).
/// </summary>
internal sealed class SpringerCsvLayout : ExportCsvLayout
{
    public static readonly SpringerCsvLayout Instance = new();

    public override IReadOnlyList<string> SignatureColumns { get; } = ["Item Title", "Item DOI", "Authors", "Content Type"];

    public override ReadResult Map(CsvRow row, RecordPosition position, string rawText)
    {
        var doi = ScholarlyIds.Doi(row.Get("Item DOI"));
        if (doi is null) return ReadResult.Rejected(position, row.Get("Item DOI") is { } raw ? $"invalid Item DOI '{raw}'" : "missing Item DOI", rawText);
        var title = PaperText.Clean(row.Get("Item Title"));
        if (title is null) return ReadResult.Rejected(position, "missing Item Title", rawText);

        var work = new Work(new SourceKey("springer", doi), WorkKind.Paper, title)
        {
            Year = ExportText.Year(row.Get("Publication Year")),
            Venue = PaperText.CollapseWhitespace(row.Get("Publication Title")) ?? PaperText.CollapseWhitespace(row.Get("Book Series Title")),
            Identifiers = [new WorkIdentifier(IdentifierScheme.Doi, doi)],
            Authors = [.. SpringerAuthorNames.Split(row.Get("Authors")).Select((name, i) => new AuthorMention(name, i + 1))],
        };
        return ReadResult.Ok(work, position);
    }
}
