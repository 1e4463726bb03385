using System.Text;

namespace ExpertGraph.Ingestion.Csv;

/// <summary>
/// Streams RFC 4180 records (quoted fields, doubled quotes, line breaks inside quotes, LF or CRLF) from raw bytes. A broken
/// record never ends the file: invalid UTF-8 rejects just its record; broken quoting rejects the record's first line and
/// reading resumes on the next line, so one stray quote cannot swallow the rest of the file.
/// </summary>
internal sealed class CsvRecordReader(Stream stream, int maxRecordLines = CsvRecordReader.DefaultMaxRecordLines)
{
    /// <summary>A quoted field spanning more lines than this is taken for an unterminated quote.</summary>
    public const int DefaultMaxRecordLines = 1000;

    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private readonly ByteLineReader _lines = new(stream);
    private readonly Stack<RawLine> _replay = new();

    public IEnumerable<CsvRecord> ReadRecords(CancellationToken cancellationToken = default)
    {
        var parser = new CsvFieldParser();
        while (TryNextLine(out var first))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (IsBlank(first.Bytes)) continue;

            parser.Reset();
            var lines = new List<RawLine> { first };
            var status = parser.Feed(first.Bytes);
            while (status == CsvParseStatus.NeedMore && lines.Count < maxRecordLines && TryNextLine(out var next))
            {
                lines.Add(next);
                status = parser.Feed(next.Bytes);
            }

            if (status == CsvParseStatus.Complete)
            {
                yield return parser.TextError is null
                    ? new CsvRecord(first.Number, first.ByteOffset, parser.Fields.ToArray(), RawText(lines), null)
                    : new CsvRecord(first.Number, first.ByteOffset, [], RawText(lines), parser.TextError);
                continue;
            }

            // Broken quoting: blame the first line only and read the following lines afresh.
            for (var i = lines.Count - 1; i >= 1; i--) _replay.Push(lines[i]);
            var reason = status == CsvParseStatus.NeedMore ? "unterminated quoted field" : parser.QuotingError!;
            yield return new CsvRecord(first.Number, first.ByteOffset, [], RawText([first]), reason);
        }
    }

    private bool TryNextLine(out RawLine line)
    {
        if (_replay.TryPop(out line)) return true;
        if (!_lines.TryReadLine(out line)) return false;
        if (line.Number == 1 && line.Bytes.AsSpan().StartsWith(Bom))
            line = new RawLine(line.Bytes[Bom.Length..], 1, Bom.Length);
        return true;
    }

    private static bool IsBlank(byte[] bytes) => bytes.AsSpan().TrimEnd("\r\n"u8).IsEmpty;

    private static string RawText(List<RawLine> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines) text.Append(LenientUtf8.GetString(line.Bytes));
        return text.ToString().TrimEnd('\r', '\n');
    }
}
