using System.Text;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Ris;

/// <summary>
/// Reads RIS files (EndNote, Zotero, IEEE Xplore, Scopus, CNKI exports): one work per TY…ER record, streamed. See
/// <see cref="RisRecordSplitter"/> for the line rules and <see cref="RisRecordMapper"/> for the fields and the key.
/// </summary>
public sealed class RisReader : IRecordReader
{
    /// <summary>Lines a site may write before the first record ("Provider: …", "Database: …", "Content: …").</summary>
    private const int MaxPreambleLines = 8;

    public string FormatName => "ris";

    /// <summary>
    /// True when the first non-blank line is a RIS type line ("TY  - JOUR"), or follows a short "Name: value" preamble.
    /// MEDLINE text uses the same "XX  - " shape but starts with "PMID- ", never with TY.
    /// </summary>
    public bool CanRead(ReadOnlySpan<byte> head, string fileName)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        var text = Encoding.UTF8.GetString(head[..Math.Min(head.Length, 4096)]);
        var preamble = 0;
        foreach (var line in text.Split(["\r\n", "\r", "\n"], StringSplitOptions.None))
        {
            if (line.Trim().Length == 0) continue;
            if (RisLine.TryParse(line, out var field)) return field.Tag == "TY" && RisLine.IsReferenceType(field.Value);
            if (++preamble > MaxPreambleLines || !line.Contains(": ", StringComparison.Ordinal)) return false;
        }

        return false;
    }

    public IEnumerable<ReadResult> Read(Stream stream, string path, CancellationToken cancellationToken = default)
    {
        long recordNumber = 0;
        foreach (var record in new RisRecordSplitter(stream).ReadRecords(cancellationToken))
            yield return RisRecordMapper.Map(record, new RecordPosition(++recordNumber, record.Line, record.ByteOffset));
    }
}
