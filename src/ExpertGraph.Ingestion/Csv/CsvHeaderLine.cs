using System.Text;

namespace ExpertGraph.Ingestion.Csv;

/// <summary>The column names of a CSV file's first line, read from the head detection sees (a UTF-8 BOM skipped).</summary>
internal static class CsvHeaderLine
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// The trimmed, unquoted names of the first line, or null when the head holds no complete line or the line does not
    /// decode with <paramref name="encoding"/> (a strict encoding throws on invalid bytes: that too is "not this format").
    /// Names are split at every comma: headers with quoted commas are not what detection looks for.
    /// </summary>
    public static string[]? Names(ReadOnlySpan<byte> head, Encoding encoding)
    {
        if (head.StartsWith(Bom)) head = head[Bom.Length..];
        var newline = head.IndexOf((byte)'\n');
        if (newline < 0) return null;

        string line;
        try
        {
            line = encoding.GetString(head[..newline]);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        return line.TrimEnd('\r').Split(',').Select(name => name.Trim().Trim('"')).ToArray();
    }
}
