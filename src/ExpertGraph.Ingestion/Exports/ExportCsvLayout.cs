using ExpertGraph.Ingestion.Csv;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Exports;

/// <summary>
/// What sets one vendor's CSV export apart from another's: the columns that identify its header, how a record lines up
/// with that header, and how a row becomes a work. <see cref="ExportCsv"/> does the rest, the same for every vendor.
/// </summary>
internal abstract class ExportCsvLayout
{
    /// <summary>Columns that together identify the vendor's header; no other vendor's header (nor NSFC's, NSERC's, WoS's) has them all.</summary>
    public abstract IReadOnlyList<string> SignatureColumns { get; }

    public virtual bool Recognizes(CsvColumns header) => header.HasAll(SignatureColumns);

    /// <summary>The record as a row of <paramref name="header"/>, or null with the reason it does not line up.</summary>
    public virtual CsvRow? Align(CsvColumns header, IReadOnlyList<string> fields, out string? reason) => header.Row(fields, out reason);

    /// <summary>The row's work, or why it is rejected or skipped.</summary>
    public abstract ReadResult Map(CsvRow row, RecordPosition position, string rawText);
}
