using System.Text;

namespace ExpertGraph.Ingestion.Reading;

/// <summary>
/// How a file's text is encoded, as detected or as the user said: <see cref="Decoder"/> is the encoding to transcode
/// from, or null when the bytes already are what readers take (UTF-8, with or without BOM, or XML, which declares its
/// own encoding).
/// </summary>
public sealed record SourceEncoding(string Name, Encoding? Decoder)
{
    public static readonly SourceEncoding Utf8 = new("utf-8", null);
    public static readonly SourceEncoding Xml = new("xml (declared)", null);

    public bool NeedsTranscoding => Decoder is not null;
}
