using System.Text;
using ExpertGraph.Ingestion.Csv;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.WebOfScience;

/// <summary>
/// Reads Web of Science "Plain text" / "Other file formats → Plain text" exports (also what metaknowledge calls .isi):
/// a header ("FN Clarivate Analytics Web of Science", "VR 1.0"), then records of lines "XX value" where XX is a
/// two-character field tag, continued on lines indented by three spaces, each record closed by "ER", the file by "EF".
/// A record that breaks this shape (a tag line without its space, a field repeated, a continuation before any tag,
/// invalid UTF-8, no ER before the next record or the end) is quarantined with the line it broke on; reading goes on
/// with the next record. Concatenated exports (a header again after EF) read as one file.
/// </summary>
public sealed class WosTaggedReader : IRecordReader
{
    public string FormatName => "wos-tagged";

    /// <summary>
    /// True when the file starts with the export header ("FN …Web of Science…" or "FN …" then "VR …"), or, headerless,
    /// with a "PT x" record whose first lines are all tag or continuation lines and which ends with "ER" in the head.
    /// </summary>
    public bool CanRead(ReadOnlySpan<byte> head, string fileName)
    {
        var lines = RawLineText.HeadLines(head, maxLines: 400);
        if (lines is null || lines.Count == 0) return false;
        var first = lines[0].TrimEnd();
        if (first.StartsWith("FN ", StringComparison.Ordinal))
        {
            return first.Contains("Web of Science", StringComparison.OrdinalIgnoreCase)
                || first.Contains("ISI Export", StringComparison.OrdinalIgnoreCase)
                || (lines.Count > 1 && lines[1].StartsWith("VR ", StringComparison.Ordinal));
        }

        if (first.Length < 4 || !first.StartsWith("PT ", StringComparison.Ordinal)) return false;
        foreach (var line in lines.Skip(1))
        {
            var text = line.TrimEnd();
            if (text == "ER") return true;
            if (!IsTagLine(text) && !text.StartsWith("   ", StringComparison.Ordinal)) return false;
        }

        return false;
    }

    public IEnumerable<ReadResult> Read(Stream stream, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var lines = new ByteLineReader(stream);
        RecordBuilder? record = null;
        long recordNumber = 0;
        while (lines.TryReadLine(out var raw))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = RawLineText.Decode(raw);
            var trimmed = text?.TrimEnd() ?? "";

            if (record is null)
            {
                // Between records: blank lines, and the header and end lines of each export (concatenated files repeat them).
                if (text is not null && (trimmed.Length == 0 || trimmed == "EF" || IsHeaderLine(trimmed))) continue;
                record = new RecordBuilder(++recordNumber, raw);
            }
            else if (text is not null && trimmed.StartsWith("PT ", StringComparison.Ordinal) && record.Record.Has("PT"))
            {
                // The next record began before this one ended: it lost its ER.
                record.Fail(raw.Number, $"no ER closes the record before the next record starts on line {raw.Number}");
                yield return record.Result();
                record = new RecordBuilder(++recordNumber, raw);
            }
            else if (text is not null && trimmed == "EF")
            {
                record.Fail(raw.Number, $"the file ends (EF, line {raw.Number}) before an ER closes the record");
                yield return record.Result();
                record = null;
                continue;
            }
            else
            {
                record.AddRaw(raw);
            }

            if (text is null)
            {
                record.Fail(raw.Number, $"invalid UTF-8 on line {raw.Number}");
                continue;
            }

            if (trimmed == "ER")
            {
                yield return record.Result();
                record = null;
                continue;
            }

            record.AddLine(text, raw.Number);
        }

        if (record is not null)
        {
            record.Fail(record.LastLine, $"the file ends on line {record.LastLine} before an ER closes the record (truncated?)");
            yield return record.Result();
        }
    }

    private static bool IsHeaderLine(string line) => line.StartsWith("FN ", StringComparison.Ordinal) || line.StartsWith("VR ", StringComparison.Ordinal);

    /// <summary>"AU Marghetis, T": two upper-case letters or digits (the first a letter), then a space or the end of the line.</summary>
    private static bool IsTagLine(string line) =>
        line.Length >= 2 && char.IsAsciiLetterUpper(line[0]) && (char.IsAsciiLetterUpper(line[1]) || char.IsAsciiDigit(line[1]))
        && (line.Length == 2 || line[2] == ' ');

    /// <summary>One record's lines as they arrive: its fields, its raw text, and the first problem found.</summary>
    private sealed class RecordBuilder(long number, RawLine first)
    {
        private readonly StringBuilder _raw = new(RawLineText.DecodeLenient(first) + "\n");
        private readonly HashSet<string> _tags = new(StringComparer.Ordinal);
        private string? _tag;
        private string? _problem;

        public WosRecord Record { get; } = new(tabDelimited: false);

        public long LastLine { get; private set; } = first.Number;

        public void AddRaw(RawLine line)
        {
            _raw.Append(RawLineText.DecodeLenient(line)).Append('\n');
            LastLine = line.Number;
        }

        public void Fail(long line, string reason) => _problem ??= reason;

        public void AddLine(string text, long line)
        {
            if (text.TrimEnd().Length == 0) return;
            if (text.StartsWith("   ", StringComparison.Ordinal))
            {
                if (_tag is null) Fail(line, $"line {line} continues a field but no field tag came before it");
                else Record.Add(_tag, text[3..], line);
                return;
            }

            if (!IsTagLine(text))
            {
                Fail(line, $"line {line} is neither a field (a two-character tag and a space) nor a continuation (three spaces): \"{Shorten(text)}\"");
                _tag = null;
                return;
            }

            _tag = text[..2];
            if (!_tags.Add(_tag)) Fail(line, $"field {_tag} appears twice in the record (again on line {line})");
            Record.Add(_tag, text.Length > 3 ? text[3..] : "", line);
        }

        public ReadResult Result()
        {
            var position = new RecordPosition(number, first.Number, first.ByteOffset);
            var rawText = _raw.ToString().TrimEnd('\n');
            if (_problem is null && _tags.Count == 0) _problem = $"line {first.Number} closes a record that has no fields";
            if (_problem is not null) return ReadResult.Rejected(position, _problem, rawText);
            var work = WosRecordMapper.Map(Record, out var reason);
            return work is null ? ReadResult.Rejected(position, reason!, rawText) : ReadResult.Ok(work, position);
        }

        private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
    }
}
