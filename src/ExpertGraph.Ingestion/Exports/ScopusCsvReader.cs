using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Exports;

/// <summary>
/// Reads Scopus CSV exports (every layout since 2016): one paper per row, with Scopus author ids as the authors' source
/// ids, each author's addresses, author keywords, index keywords and the citation count. See <see cref="ScopusCsvLayout"/>.
/// </summary>
public sealed class ScopusCsvReader : IRecordReader
{
    public string FormatName => "scopus-csv";

    /// <summary>True when the first record is a CSV header with Scopus's "Title", "Source title" and "EID" columns.</summary>
    public bool CanRead(ReadOnlySpan<byte> head, string fileName) => ExportCsv.CanRead(head, ScopusCsvLayout.Instance);

    public IEnumerable<ReadResult> Read(Stream stream, string path, CancellationToken cancellationToken = default) =>
        ExportCsv.Read(stream, path, ScopusCsvLayout.Instance, cancellationToken);
}
