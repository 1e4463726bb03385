namespace ExpertGraph.Ingestion.Reading;

/// <summary>
/// Reads one file format as a stream of records. Readers know nothing of stores: they turn bytes into
/// <see cref="ReadResult"/>s, one record at a time (an XmlReader or JSON reader per record, never a whole-file DOM).
/// Parsing is CPU-bound, so reading is synchronous; the pipeline runs it on its own stage behind a bounded channel.
/// </summary>
public interface IRecordReader
{
    /// <summary>Short stable name of the format, e.g. "openalex-json", "dblp-xml", "uspto-xml", "nsfc-csv".</summary>
    string FormatName { get; }

    /// <summary>Whether the file's first bytes (up to 64 KiB, raw) look like this format. Content decides, not the extension.</summary>
    bool CanRead(ReadOnlySpan<byte> head, string fileName);

    /// <summary>Reads every record of <paramref name="stream"/>; <paramref name="path"/> names the file in positions and errors.</summary>
    IEnumerable<ReadResult> Read(Stream stream, string path, CancellationToken cancellationToken = default);
}
