using System.Text;
using ExpertGraph.Core.Text;
using ExpertGraph.Ingestion.Papers;

namespace ExpertGraph.Ingestion.Cnki;

/// <summary>
/// Cuts a NoteExpress export into records, one line at a time. A record begins at its "{Reference Type}:" line (blank
/// lines between records are only spacing, and CNKI writes runs of bare carriage returns inside fields); every
/// "{Name}: value" line is a field (a full-width colon and a missing space are accepted); any other line continues
/// the field before it, joined without a space where either side is hanzi, as CNKI broke it. Text before the first
/// record comes out as a record without a reference type.
/// </summary>
internal static class CnkiRecordSplitter
{
    public const string ReferenceType = "Reference Type";

    public static IEnumerable<CnkiRecord> Split(Stream stream, CancellationToken cancellationToken)
    {
        var window = new StreamWindow(stream);
        window.SkipByteOrderMark();
        List<KeyValuePair<string, string>>? fields = null;
        var raw = new StringBuilder();
        long recordLine = 0, recordOffset = 0;
        while (window.TryTakeLine(out var bytes, out var lineNumber, out var lineOffset))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var physical = Encoding.UTF8.GetString(bytes);
            var byteInLine = 0;
            foreach (var line in physical.Split('\r'))
            {
                var offset = lineOffset + byteInLine;
                byteInLine += Encoding.UTF8.GetByteCount(line) + 1;
                var text = line.Trim();
                var field = ParseField(text);
                if (field is { Key: ReferenceType } || (fields is null && text.Length > 0))
                {
                    if (fields is not null) yield return new CnkiRecord(fields, recordLine, recordOffset, raw.ToString().TrimEnd());
                    fields = [];
                    raw.Clear();
                    (recordLine, recordOffset) = (lineNumber, offset);
                }

                if (fields is null) continue;
                raw.Append(line).Append('\n');
                if (field is { } named) fields.Add(named);
                else if (text.Length > 0 && fields.Count > 0) fields[^1] = new(fields[^1].Key, Join(fields[^1].Value, text));
                else if (text.Length > 0) fields.Add(new(string.Empty, text));
            }
        }

        if (fields is not null) yield return new CnkiRecord(fields, recordLine, recordOffset, raw.ToString().TrimEnd());
    }

    /// <summary>"{Title}: text", "{Abstract}：text", "{ISBN/ISSN}:0253-3766", "{Subsidiary Author,}: …" (the comma is CNKI's).</summary>
    private static KeyValuePair<string, string>? ParseField(string line)
    {
        if (!line.StartsWith('{')) return null;
        var close = line.IndexOf('}', StringComparison.Ordinal);
        if (close < 2) return null;
        var rest = line.AsSpan(close + 1).TrimStart();
        if (rest.Length == 0 || rest[0] is not (':' or '：')) return null;
        var name = line[1..close].Trim().TrimEnd(',').Trim();
        return new(name, rest[1..].Trim().ToString());
    }

    private static string Join(string value, string continuation)
    {
        if (value.Length == 0) return continuation;
        var hanzi = ScriptDetector.IsHan(value[^1]) || ScriptDetector.IsHan(continuation[0]) || continuation[0] is ',' or ';' or '，' or '；';
        return hanzi ? value + continuation : value + " " + continuation;
    }
}
