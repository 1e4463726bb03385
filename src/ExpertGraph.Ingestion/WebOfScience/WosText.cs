using System.Text;
using ExpertGraph.Ingestion.Csv;

namespace ExpertGraph.Ingestion.WebOfScience;

/// <summary>
/// Bytes to text for the Web of Science exports: UTF-8 lines, with or without a BOM. Files exported as UTF-16 (the older
/// "Tab-delimited (Win, UTF-16)" option) reach the readers already transcoded to UTF-8 by the pipeline.
/// </summary>
internal static class WosText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>
    /// The first lines of a head as text, without BOM, or null when it is not UTF-8. The head may end inside a line (and
    /// a UTF-8 sequence): only complete lines are decoded, unless the head holds one line.
    /// </summary>
    public static IReadOnlyList<string>? HeadLines(ReadOnlySpan<byte> head, int maxLines)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        var lastNewline = head.LastIndexOf((byte)'\n');
        if (lastNewline >= 0) head = head[..(lastNewline + 1)];
        string text;
        try
        {
            text = StrictUtf8.GetString(head);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        var lines = new List<string>(maxLines);
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (lines.Count == maxLines) break;
            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>A line's text without its terminator and a leading BOM, or null when its bytes are not UTF-8.</summary>
    public static string? Decode(RawLine line)
    {
        try
        {
            return StrictUtf8.GetString(Content(line));
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>A line's text with invalid bytes replaced: what a rejected record shows.</summary>
    public static string DecodeLenient(RawLine line) => LenientUtf8.GetString(Content(line));

    private static ReadOnlySpan<byte> Content(RawLine line)
    {
        ReadOnlySpan<byte> bytes = line.Bytes;
        // A BOM starts line 1, and a later line where two exports were concatenated.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        return bytes.TrimEnd("\r\n"u8);
    }
}
