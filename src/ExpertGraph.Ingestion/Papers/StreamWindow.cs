namespace ExpertGraph.Ingestion.Papers;

/// <summary>
/// A growing window of bytes over a forward-only stream, with the absolute byte offset and 1-based line number of its
/// first byte. Readers parse from <see cref="Available"/>, <see cref="Advance"/> past what they consumed and
/// <see cref="ReadMore"/> when a record does not fit yet; the buffer grows to hold the largest single record.
/// </summary>
internal sealed class StreamWindow
{
    private const int InitialSize = 64 * 1024;
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private readonly Stream stream;
    private byte[] buffer = new byte[InitialSize];
    private int start;
    private int end;

    public StreamWindow(Stream stream) => this.stream = stream;

    public ReadOnlySpan<byte> Available => buffer.AsSpan(start, end - start);

    public bool IsEndOfStream { get; private set; }

    /// <summary>0-based byte offset in the file of the first available byte.</summary>
    public long Offset { get; private set; }

    /// <summary>1-based line number of the first available byte.</summary>
    public long Line { get; private set; } = 1;

    /// <summary>Reads until at least <paramref name="count"/> bytes are available or the stream ends.</summary>
    public void Fill(int count)
    {
        while (end - start < count && ReadMore())
        {
        }
    }

    /// <summary>Appends more bytes from the stream, growing the buffer when it is full; false at end of stream.</summary>
    public bool ReadMore()
    {
        if (IsEndOfStream) return false;
        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
        // Fill the free space: a stream that returns a few bytes per read (network, decompression) would otherwise make
        // every caller rescan its record once per read.
        var free = buffer.Length - end;
        var read = stream.ReadAtLeast(buffer.AsSpan(end, free), free, throwOnEndOfStream: false);
        end += read;
        if (read < free) IsEndOfStream = true;
        return read > 0;
    }

    public void Advance(int count)
    {
        Line += Available[..count].Count((byte)'\n');
        Offset += count;
        start += count;
    }

    /// <summary>Skips a UTF-8 byte order mark at the start of the file.</summary>
    public void SkipByteOrderMark()
    {
        Fill(Utf8Bom.Length);
        if (Offset == 0 && Available.StartsWith(Utf8Bom)) Advance(Utf8Bom.Length);
    }

    /// <summary>Takes the next line without its line break ("\n" or "\r\n"); false when the stream is exhausted.</summary>
    public bool TryTakeLine(out byte[] line, out long lineNumber, out long offset)
    {
        int newline;
        while ((newline = Available.IndexOf((byte)'\n')) < 0 && ReadMore())
        {
        }

        lineNumber = Line;
        offset = Offset;
        if (newline < 0 && Available.IsEmpty)
        {
            line = [];
            return false;
        }

        var length = newline < 0 ? Available.Length : newline;
        var content = Available[..length];
        if (content.EndsWith((byte)'\r')) content = content[..^1];
        line = content.ToArray();
        Advance(newline < 0 ? length : length + 1);
        return true;
    }
}
