using System.Text;
using ExpertGraph.Ingestion.Csv;

namespace ExpertGraph.Ingestion.Ris;

/// <summary>
/// Streams RIS records out of a file, one at a time. Lines end at CRLF, LF or a bare CR (exports mix them). A record runs
/// from "TY" to "ER"; a line without a tag inside a record continues the previous field (wrapped abstracts and
/// addresses in EndNote and CNKI exports), joined with a space. Text before the first record (the "Provider:" and
/// "Database:" lines some sites write) is a preamble; non-blank text between records, a record without ER and a record
/// with invalid UTF-8 come out as records with an error, so nothing is dropped unseen.
/// </summary>
internal sealed class RisRecordSplitter(Stream stream)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly ByteLineReader _lines = new(stream, bareCarriageReturnEndsLine: true);

    public IEnumerable<RisRawRecord> ReadRecords(CancellationToken cancellationToken = default)
    {
        Pending? record = null;
        Pending? stray = null;
        var seenRecord = false;
        while (_lines.TryReadLine(out var line))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (text, invalid) = Decode(line);
            var isTag = RisLine.TryParse(text, out var field);
            if (isTag && field.Tag == "TY")
            {
                if (stray is not null) yield return stray.ToRecord("text outside any TY…ER record");
                if (record is not null) yield return record.ToRecord($"no ER line before the next TY (line {line.Number})");
                stray = null;
                record = new Pending(line);
                seenRecord = true;
            }
            else if (record is null)
            {
                // Before the first TY: a preamble. Between records: stray text, kept for quarantine.
                if (!seenRecord || text.Trim().Length == 0) continue;
                stray ??= new Pending(line);
                stray.Append(text);
                continue;
            }

            record.Append(text);
            if (invalid) record.Error ??= $"invalid UTF-8 on line {line.Number}";
            if (isTag && field.Tag == "ER")
            {
                yield return record.ToRecord(null);
                record = null;
            }
            else if (isTag) record.Fields.Add(field);
            else if (text.Trim().Length > 0) record.Continue(text.Trim(), line.Number);
        }

        if (stray is not null) yield return stray.ToRecord("text outside any TY…ER record");
        if (record is not null) yield return record.ToRecord("record not closed by an ER line (the file ends inside it)");
    }

    private static (string Text, bool Invalid) Decode(RawLine line)
    {
        var bytes = line.Bytes.AsSpan();
        if (line.Number == 1 && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        bytes = bytes.TrimEnd("\r\n"u8);
        try
        {
            return (StrictUtf8.GetString(bytes), false);
        }
        catch (DecoderFallbackException)
        {
            return (LenientUtf8.GetString(bytes), true);
        }
    }

    private sealed class Pending(RawLine first)
    {
        private readonly StringBuilder _raw = new();

        public List<RisField> Fields { get; } = [];

        public string? Error { get; set; }

        public void Append(string text)
        {
            if (_raw.Length > 0) _raw.Append('\n');
            _raw.Append(text);
        }

        public void Continue(string text, long lineNumber)
        {
            if (Fields.Count == 0)
            {
                Error ??= $"untagged text on line {lineNumber} before any field";
                return;
            }

            Fields[^1] = Fields[^1] with { Value = Fields[^1].Value.Length == 0 ? text : Fields[^1].Value + " " + text };
        }

        public RisRawRecord ToRecord(string? error) =>
            new(first.Number, first.ByteOffset, Fields, _raw.ToString(), Error ?? error);
    }
}
