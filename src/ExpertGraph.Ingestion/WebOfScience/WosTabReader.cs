using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Csv;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.WebOfScience;

/// <summary>
/// Reads Web of Science "Tab delimited file" exports: a header row of field tags ("PT\tAU\tBA\tBE\tGP\tAF…\tUT"), then one
/// record per line, fields separated by tabs and never quoted (WoS removes tabs and line breaks from values). Columns are
/// found by tag, so the export's column set and order may vary. A row that is not UTF-8 or has fewer fields than the
/// header is quarantined with its line; the other rows are read.
/// </summary>
public sealed class WosTabReader : IRecordReader
{
    /// <summary>Tags without which a header is not a WoS tab-delimited export.</summary>
    private static readonly string[] Required = ["PT", "AU", "TI", "SO", "UT"];

    public string FormatName => "wos-tab";

    /// <summary>True when the first line is a tab-separated row of two-character field tags naming PT, AU, TI, SO and UT.</summary>
    public bool CanRead(ReadOnlySpan<byte> head, string fileName)
    {
        var lines = RawLineText.HeadLines(head, maxLines: 1);
        return lines is { Count: 1 } && Header(lines[0]) is not null;
    }

    public IEnumerable<ReadResult> Read(Stream stream, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var lines = new ByteLineReader(stream);
        string[]? columns = null;
        long recordNumber = 0;
        while (lines.TryReadLine(out var raw))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = RawLineText.Decode(raw);
            if (columns is null)
            {
                columns = (text is null ? null : Header(text))
                    ?? throw new UnknownFormatException(path, "the first line is not a Web of Science tab-delimited header (PT, AU, TI, SO, UT …)");
                continue;
            }

            if (text is not null && text.Trim().Length == 0) continue;
            var position = new RecordPosition(++recordNumber, raw.Number, raw.ByteOffset);
            if (text is null)
            {
                yield return ReadResult.Rejected(position, $"invalid UTF-8 on line {raw.Number}", RawLineText.DecodeLenient(raw));
                continue;
            }

            var fields = text.Split('\t');
            // Exports end every row with a tab after UT: extra fields are fine while they are empty.
            if (fields.Length < columns.Length || fields.Skip(columns.Length).Any(field => field.Trim().Length > 0))
            {
                yield return ReadResult.Rejected(position, $"expected {columns.Length} tab-separated fields, found {fields.Length}", text);
                continue;
            }

            var record = new WosRecord(tabDelimited: true);
            for (var i = 0; i < columns.Length; i++)
                if (fields[i].Trim().Length > 0 && !record.Has(columns[i])) record.Add(columns[i], fields[i], raw.Number);

            var work = WosRecordMapper.Map(record, out var reason);
            yield return work is null ? ReadResult.Rejected(position, reason!, text) : ReadResult.Ok(work, position);
        }
    }

    /// <summary>The header's tags (trailing empty columns dropped), or null when the line is not a WoS header.</summary>
    private static string[]? Header(string line)
    {
        var columns = line.Split('\t').Select(column => column.Trim()).ToArray();
        var count = columns.Length;
        while (count > 0 && columns[count - 1].Length == 0) count--;
        if (count < Required.Length) return null;
        for (var i = 0; i < count; i++)
        {
            var tag = columns[i];
            if (tag.Length != 2 || !char.IsAsciiLetterUpper(tag[0]) || !(char.IsAsciiLetterUpper(tag[1]) || char.IsAsciiDigit(tag[1]))) return null;
        }

        return Required.All(columns.Contains) ? columns[..count] : null;
    }
}
