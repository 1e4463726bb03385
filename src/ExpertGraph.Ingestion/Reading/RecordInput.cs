using System.IO.Compression;
using System.Text;

namespace ExpertGraph.Ingestion.Reading;

/// <summary>
/// A record file opened the way every reader expects it: gzip undone (by its magic bytes, not the extension) and
/// text that is not UTF-8 transcoded to UTF-8 (<see cref="TextEncodingDetector"/>, or the encoding a user names).
/// Readers therefore see UTF-8 or XML, and byte offsets in their positions count bytes of that decoded text.
/// </summary>
public sealed class RecordInput : IDisposable
{
    private readonly FileStream _file;

    private RecordInput(FileStream file, Stream stream, bool compressed, SourceEncoding encoding)
    {
        _file = file;
        Stream = stream;
        Compressed = compressed;
        Encoding = encoding;
    }

    /// <summary>The decoded content, read forward only.</summary>
    public Stream Stream { get; }

    public bool Compressed { get; }

    public SourceEncoding Encoding { get; }

    /// <summary>Bytes of the file on disk consumed so far (progress; the decoded stream may be longer).</summary>
    public long FilePosition => _file.Position;

    /// <summary>"gzip, gb18030 → utf-8", or empty for a plain UTF-8 or XML file.</summary>
    public string Description
    {
        get
        {
            var parts = new List<string>(2);
            if (Compressed) parts.Add("gzip");
            if (Encoding.NeedsTranscoding) parts.Add(Encoding.Name + " → utf-8");
            return string.Join(", ", parts);
        }
    }

    /// <summary>Opens <paramref name="path"/>; <paramref name="encoding"/> overrides detection (null: detect).</summary>
    public static RecordInput Open(string path, SourceEncoding? encoding = null)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        try
        {
            Stream content = file;
            var magic = new byte[2];
            var compressed = file.ReadAtLeast(magic, 2, throwOnEndOfStream: false) == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
            file.Position = 0;
            if (compressed) content = new GZipStream(file, CompressionMode.Decompress);

            var head = new byte[FormatDetector.HeadLength];
            var length = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            var detected = encoding ?? TextEncodingDetector.Detect(head.AsSpan(0, length));
            Stream stream = new PrefixedReadStream(head, length, content);
            if (detected.Decoder is { } decoder)
                stream = System.Text.Encoding.CreateTranscodingStream(stream, decoder, System.Text.Encoding.UTF8, leaveOpen: false);
            return new RecordInput(file, stream, compressed, detected);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>The first <see cref="FormatDetector.HeadLength"/> bytes of the decoded content: what format checks look at.</summary>
    public static byte[] ReadHead(string path, SourceEncoding? encoding = null)
    {
        using var input = Open(path, encoding);
        var head = new byte[FormatDetector.HeadLength];
        var length = input.Stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return length == head.Length ? head : head[..length];
    }

    public void Dispose()
    {
        Stream.Dispose();
        _file.Dispose();
    }
}
