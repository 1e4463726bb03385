using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Exports;

/// <summary>Reads Springer Link CSV exports: one article, chapter or book per row. See <see cref="SpringerCsvLayout"/>.</summary>
public sealed class SpringerCsvReader : IRecordReader
{
    public string FormatName => "springer-csv";

    /// <summary>True when the first record is a CSV header with Springer Link's "Item Title", "Item DOI", "Authors" and "Content Type".</summary>
    public bool CanRead(ReadOnlySpan<byte> head, string fileName) => ExportCsv.CanRead(head, SpringerCsvLayout.Instance);

    public IEnumerable<ReadResult> Read(Stream stream, string path, CancellationToken cancellationToken = default) =>
        ExportCsv.Read(stream, path, SpringerCsvLayout.Instance, cancellationToken);
}
