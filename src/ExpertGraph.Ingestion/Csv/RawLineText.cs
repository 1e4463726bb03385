using System.Text;

namespace ExpertGraph.Ingestion.Csv;

/// <summary>
/// The text of a line-based format: a file head's first lines for a content check, and each <see cref="RawLine"/>,
/// UTF-8, terminator and a leading BOM left out. Non-UTF-8 files reach the readers already transcoded by the pipeline.
/// </summary>
internal static class RawLineText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>
    /// The first <paramref name="maxLines"/> lines of a head as text, without BOM, or null when they are not UTF-8. The head
    /// may end inside a line (and a UTF-8 sequence): only complete lines are decoded, unless the head holds no line break.
    /// </summary>
    public static IReadOnlyList<string>? HeadLines(ReadOnlySpan<byte> head, int maxLines)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        // Only the lines asked for are decoded: a bad byte further on is the reader's to report, not a reason to refuse the file.
        var end = 0;
        for (var count = 0; count < maxLines && head[end..].IndexOf((byte)'\n') is var next and >= 0; count++) end += next + 1;
        if (end > 0) head = head[..end];
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

    /// <summary>The line's text, or null when its bytes are not UTF-8.</summary>
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

    /// <summary>The line's text with invalid bytes replaced: what a rejected record shows.</summary>
    public static string DecodeLenient(RawLine line) => LenientUtf8.GetString(Content(line));

    private static ReadOnlySpan<byte> Content(RawLine line)
    {
        ReadOnlySpan<byte> bytes = line.Bytes;
        // A BOM starts line 1, and a later line where two exports were concatenated.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        return bytes.TrimEnd("\r\n"u8);
    }
}
