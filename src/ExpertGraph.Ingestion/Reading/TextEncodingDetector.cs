using System.Text;

namespace ExpertGraph.Ingestion.Reading;

/// <summary>
/// Tells a file's text encoding from its first bytes: a byte-order mark first; XML is left to its own declaration;
/// UTF-16 without a BOM by its zero bytes; valid UTF-8 as it is; otherwise GB18030 when the high bytes decode as
/// Chinese text (CNKI and Chinese funders' exports), else Windows-1252, the superset of Latin-1 that "Latin-1" files
/// from Western databases really are (curly quotes in 0x80–0x9F).
/// </summary>
public static class TextEncodingDetector
{
    static TextEncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    /// <summary>The encoding named by a user (an ingest flag): any name .NET or the code-page provider knows.</summary>
    public static SourceEncoding FromName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Encoding encoding;
        try
        {
            encoding = Encoding.GetEncoding(name.Trim());
        }
        catch (ArgumentException)
        {
            throw new ArgumentException($"unknown encoding '{name}' (try utf-8, utf-16, utf-16be, gb18030, gbk, latin1, windows-1252, shift_jis)", nameof(name));
        }

        return encoding.CodePage == Encoding.UTF8.CodePage ? SourceEncoding.Utf8 : new SourceEncoding(encoding.WebName, encoding);
    }

    public static SourceEncoding Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return SourceEncoding.Utf8;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return new SourceEncoding("utf-32le", new UTF32Encoding(bigEndian: false, byteOrderMark: true));
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return new SourceEncoding("utf-16le", new UnicodeEncoding(bigEndian: false, byteOrderMark: true));
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return new SourceEncoding("utf-16be", new UnicodeEncoding(bigEndian: true, byteOrderMark: true));
        if (LooksLikeXml(head)) return SourceEncoding.Xml;
        if (Utf16WithoutMark(head) is { } utf16) return utf16;
        if (IsUtf8(head)) return SourceEncoding.Utf8;
        return LooksLikeGb18030(head) ? new SourceEncoding("gb18030", Gb18030) : new SourceEncoding("windows-1252", Windows1252);
    }

    private static bool LooksLikeXml(ReadOnlySpan<byte> head)
    {
        var text = head.TrimStart(" \t\r\n"u8);
        return text.StartsWith("<?xml"u8) || text.StartsWith("<!DOCTYPE"u8) || text.StartsWith("<\0?\0x\0"u8) || text.StartsWith("\0<\0?\0x"u8);
    }

    // ASCII text in UTF-16 has a zero in every other byte: odd positions for little-endian, even for big-endian.
    private static SourceEncoding? Utf16WithoutMark(ReadOnlySpan<byte> head)
    {
        var sample = head[..(Math.Min(head.Length, 4096) & ~1)];
        if (sample.Length < 4) return null;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] == 0) evenZeros++;
            if (sample[i + 1] == 0) oddZeros++;
        }

        var pairs = sample.Length / 2;
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return new SourceEncoding("utf-16le", new UnicodeEncoding(bigEndian: false, byteOrderMark: false));
        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return new SourceEncoding("utf-16be", new UnicodeEncoding(bigEndian: true, byteOrderMark: false));
        return null;
    }

    /// <summary>Valid UTF-8, allowing a sequence cut by the end of the head.</summary>
    internal static bool IsUtf8(ReadOnlySpan<byte> head)
    {
        var i = 0;
        while (i < head.Length)
        {
            var b = head[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            var length = b switch { >= 0xC2 and <= 0xDF => 2, >= 0xE0 and <= 0xEF => 3, >= 0xF0 and <= 0xF4 => 4, _ => 0 };
            if (length == 0) return false;
            for (var k = 1; k < length; k++)
            {
                if (i + k >= head.Length) return true;
                if ((head[i + k] & 0xC0) != 0x80) return false;
            }

            i += length;
        }

        return true;
    }

    // GB18030: a lead byte 0x81–0xFE and a trail byte 0x40–0xFE (not 0x7F), or a four-byte form with digits in the
    // second and fourth places. Latin-1 text fails this at its first accented letter before a space or an ASCII
    // letter ("café " is E9 20); Chinese text passes and decodes to mostly CJK characters.
    private static bool LooksLikeGb18030(ReadOnlySpan<byte> head)
    {
        int cjk = 0, other = 0, i = 0;
        Span<char> chars = stackalloc char[2];
        var decoder = Gb18030;
        while (i < head.Length)
        {
            var b = head[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            if (b is < 0x81 or > 0xFE || i + 1 >= head.Length) return i + 1 >= head.Length && cjk > 0;
            var second = head[i + 1];
            int length;
            if (second is >= 0x30 and <= 0x39)
            {
                if (i + 3 >= head.Length) return cjk > 0;
                if (head[i + 2] is < 0x81 or > 0xFE || head[i + 3] is < 0x30 or > 0x39) return false;
                length = 4;
            }
            else if (second is >= 0x40 and <= 0xFE and not 0x7F)
            {
                length = 2;
            }
            else
            {
                return false;
            }

            var count = decoder.GetChars(head.Slice(i, length), chars);
            if (count >= 1 && IsChineseText(chars[0])) cjk++;
            else other++;
            i += length;
        }

        return cjk > 0 && cjk >= other * 3;
    }

    private static bool IsChineseText(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF';
}
