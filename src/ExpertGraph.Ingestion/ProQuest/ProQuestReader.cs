using System.Text.RegularExpressions;
using ExpertGraph.Ingestion.Csv;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.ProQuest;

/// <summary>
/// Reads ProQuest's plain-text "Report Information from ProQuest" exports (what metaknowledge reads as ProQuest records):
/// a report header, a table of contents, then one block per document ("Document 3 of 100", the title, then
/// "Field: value" lines, bare URL lines, blank lines) up to a line of underscores, and at the end a bibliography that
/// repeats the documents in another citation style and is not read. A block without a ProQuest document ID or title
/// is quarantined with its line; the other blocks are read.
/// </summary>
public sealed partial class ProQuestReader : IRecordReader
{
    public string FormatName => "proquest-text";

    /// <summary>True when the file opens with a line of underscores and "Report Information from ProQuest" within its first lines.</summary>
    public bool CanRead(ReadOnlySpan<byte> head, string fileName)
    {
        var lines = RawLineText.HeadLines(head, maxLines: 8);
        return lines is { Count: > 2 } && Separator().IsMatch(lines[0])
            && lines.Any(line => line.StartsWith("Report Information from ProQuest", StringComparison.Ordinal));
    }

    public IEnumerable<ReadResult> Read(Stream stream, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var lines = new ByteLineReader(stream);
        ProQuestRecord? record = null;
        long recordNumber = 0;
        while (lines.TryReadLine(out var raw))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var decoded = RawLineText.Decode(raw);
            var text = decoded ?? RawLineText.DecodeLenient(raw);
            var start = DocumentStart().Match(text);
            if (start.Success || (record is not null && Separator().IsMatch(text)))
            {
                if (record is not null) yield return record.Result();
                record = start.Success ? new ProQuestRecord(new RecordPosition(++recordNumber, raw.Number, raw.ByteOffset)) : null;
                if (record is not null) record.AddRaw(text);
                continue;
            }

            if (record is null) continue;
            record.AddRaw(text);
            if (decoded is null) record.Fail($"invalid UTF-8 on line {raw.Number}");
            else record.AddLine(text);
        }

        if (record is not null) yield return record.Result();
    }

    [GeneratedRegex(@"^_{20,}\s*$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^Document \d+ of \d+\s*$")]
    private static partial Regex DocumentStart();
}
