using ExpertGraph.Core.Model;

namespace ExpertGraph.Ingestion.Reading;

/// <summary>Picks the reader for a file by its content (first 64 KiB, decoded), never by its extension alone.</summary>
public sealed class FormatDetector
{
    public const int HeadLength = 64 * 1024;

    private readonly IReadOnlyList<IRecordReader> _readers;

    public FormatDetector(IReadOnlyList<IRecordReader> readers)
    {
        ArgumentNullException.ThrowIfNull(readers);
        _readers = readers;
    }

    public IReadOnlyList<IRecordReader> Readers => _readers;

    /// <summary>
    /// The reader for <paramref name="path"/>, or null when no reader recognizes it. Readers see the head as
    /// <see cref="RecordInput"/> decodes it (gzip undone, text in UTF-8); <paramref name="encoding"/> overrides detection.
    /// </summary>
    public IRecordReader? TryDetect(string path, SourceEncoding? encoding = null)
    {
        var head = RecordInput.ReadHead(path, encoding);
        foreach (var reader in _readers)
            if (reader.CanRead(head, Path.GetFileName(path))) return reader;
        return null;
    }

    /// <summary>The reader for <paramref name="path"/>; a file of no known format is one clear error naming it.</summary>
    public IRecordReader Detect(string path, SourceEncoding? encoding = null) =>
        TryDetect(path, encoding) ?? throw new UnknownFormatException(path, "known formats: " + string.Join(", ", _readers.Select(r => r.FormatName)));
}
