using System.Buffers.Binary;
using System.Text;

namespace ExpertGraph.Query.Reports;

/// <summary>
/// Finds the CJK font a PDF report is set in, at run time: <see cref="EnvironmentVariable"/> if set, else Noto Sans CJK
/// from Debian's fonts-noto-cjk in the usual font folders. Debian ships it as a TrueType collection (.ttc) of several
/// faces, which PDFsharp cannot read: the Simplified Chinese face (family "… CJK SC") is cut out of it as a stand-alone
/// OpenType font (its table directory copied and its table offsets rewritten).
/// </summary>
internal static class CjkFontFile
{
    public const string EnvironmentVariable = "EXPERTGRAPH_CJK_FONT";
    public const string DebianPackage = "fonts-noto-cjk";

    private static readonly string[] Candidates =
    [
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/opentype/noto-cjk/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
        "/usr/local/share/fonts/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    ];

    /// <summary>The font's bytes, ready for PDFsharp; a <see cref="MissingFontException"/> naming the package when none is found.</summary>
    public static (string Path, byte[] Face) Load()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        var searched = configured is { Length: > 0 } ? new[] { configured } : Candidates;
        var path = searched.FirstOrDefault(File.Exists)
            ?? throw new MissingFontException(
                $"no CJK font found for the PDF report: install Debian's {DebianPackage} (apt-get install {DebianPackage}) or set {EnvironmentVariable} to a .ttc, .otf or .ttf file; searched {string.Join(", ", searched)}");
        try
        {
            return (path, Extract(File.ReadAllBytes(path), "CJK SC"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            throw new MissingFontException($"the CJK font {path} cannot be read ({ex.Message}): reinstall {DebianPackage} or set {EnvironmentVariable}", ex);
        }
    }

    /// <summary>
    /// The face of a collection whose family name contains <paramref name="family"/> (else its first face) as a
    /// stand-alone font; a single font's bytes as they are.
    /// </summary>
    public static byte[] Extract(byte[] font, string family)
    {
        if (BinaryPrimitives.ReadUInt32BigEndian(font) != 0x74746366) return font; // 'ttcf'
        var faces = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(8));
        var offsets = Enumerable.Range(0, faces).Select(i => (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(12 + 4 * i))).ToList();
        var chosen = offsets.FirstOrDefault(offset => FamilyName(font, offset).Contains(family, StringComparison.Ordinal), offsets[0]);
        return Face(font, chosen);
    }

    private static byte[] Face(byte[] font, int offset)
    {
        var tables = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(offset + 4));
        var headerLength = 12 + 16 * tables;
        var records = Enumerable.Range(0, tables).Select(i => offset + 12 + 16 * i)
            .Select(r => (Offset: (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(r + 8)), Length: (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(r + 12))))
            .ToList();
        var result = new byte[headerLength + records.Sum(r => (r.Length + 3) & ~3)];
        font.AsSpan(offset, headerLength).CopyTo(result);
        var position = headerLength;
        for (var i = 0; i < records.Count; i++)
        {
            font.AsSpan(records[i].Offset, records[i].Length).CopyTo(result.AsSpan(position));
            BinaryPrimitives.WriteUInt32BigEndian(result.AsSpan(12 + 16 * i + 8), (uint)position);
            position += (records[i].Length + 3) & ~3;
        }

        return result;
    }

    /// <summary>The family name (name id 1, Windows platform, UTF-16BE) of the face at <paramref name="offset"/>; "" when it has none.</summary>
    private static string FamilyName(byte[] font, int offset)
    {
        var tables = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(offset + 4));
        for (var i = 0; i < tables; i++)
        {
            var record = offset + 12 + 16 * i;
            if (BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record)) != 0x6E616D65) continue; // 'name'
            var name = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 8));
            var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(name + 2));
            var strings = name + BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(name + 4));
            for (var n = 0; n < count; n++)
            {
                var entry = name + 6 + 12 * n;
                var platform = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(entry));
                var nameId = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(entry + 6));
                if (platform != 3 || nameId != 1) continue;
                var length = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(entry + 8));
                var start = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(entry + 10));
                return Encoding.BigEndianUnicode.GetString(font, strings + start, length);
            }
        }

        return "";
    }
}
