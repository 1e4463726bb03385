using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Exports;

/// <summary>Reads IEEE Xplore CSV exports: one paper per row, each author with the address IEEE lists for it. See <see cref="IeeeCsvLayout"/>.</summary>
public sealed class IeeeCsvReader : IRecordReader
{
    public string FormatName => "ieee-csv";

    /// <summary>True when the first record is a CSV header with IEEE Xplore's "Document Title", "Authors", "Publication Title" and "Publication Year".</summary>
    public bool CanRead(ReadOnlySpan<byte> head, string fileName) => ExportCsv.CanRead(head, IeeeCsvLayout.Instance);

    public IEnumerable<ReadResult> Read(Stream stream, string path, CancellationToken cancellationToken = default) =>
        ExportCsv.Read(stream, path, IeeeCsvLayout.Instance, cancellationToken);
}
