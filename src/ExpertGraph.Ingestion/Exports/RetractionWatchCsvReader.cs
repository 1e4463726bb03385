using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Exports;

/// <summary>Reads the Retraction Watch database CSV: each row as the paper it concerns, the notice's nature as a classification. See <see cref="RetractionWatchCsvLayout"/>.</summary>
public sealed class RetractionWatchCsvReader : IRecordReader
{
    public string FormatName => "retraction-watch-csv";

    /// <summary>True when the first record is a CSV header with Retraction Watch's "Record ID", "RetractionNature" and "OriginalPaperDOI".</summary>
    public bool CanRead(ReadOnlySpan<byte> head, string fileName) => ExportCsv.CanRead(head, RetractionWatchCsvLayout.Instance);

    public IEnumerable<ReadResult> Read(Stream stream, string path, CancellationToken cancellationToken = default) =>
        ExportCsv.Read(stream, path, RetractionWatchCsvLayout.Instance, cancellationToken);
}
