using System.Text;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Cnki;

/// <summary>
/// Reads CNKI (China National Knowledge Infrastructure) exports in NoteExpress format (.net): tagged records
/// "{Reference Type}: Journal Article", "{Title}: …", "{Author}: 张三;李四;", "{Author Address}: …", "{Journal}: …".
/// Journal articles, theses, conference papers, newspaper articles, books and standards are papers; patents are
/// patents; yearbook tables are skipped. See <see cref="CnkiRecordMapper"/> for the fields and keys.
/// </summary>
public sealed class CnkiNoteExpressReader : IRecordReader
{
    private static readonly byte[] ReferenceTypeTag = Encoding.ASCII.GetBytes("{" + CnkiRecordSplitter.ReferenceType + "}");

    public string FormatName => "cnki-noteexpress";

    /// <summary>True when the file's first text, after a byte order mark and blank lines, is a "{Reference Type}:" line.</summary>
    public bool CanRead(ReadOnlySpan<byte> head, string fileName)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        head = head.TrimStart(" \t\r\n"u8);
        if (!head.StartsWith(ReferenceTypeTag)) return false;
        var rest = head[ReferenceTypeTag.Length..].TrimStart(" \t"u8);
        return rest.StartsWith(":"u8) || rest.StartsWith("："u8);
    }

    public IEnumerable<ReadResult> Read(Stream stream, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadRecords(stream, cancellationToken);
    }

    private static IEnumerable<ReadResult> ReadRecords(Stream stream, CancellationToken cancellationToken)
    {
        long recordNumber = 0;
        foreach (var record in CnkiRecordSplitter.Split(stream, cancellationToken))
            yield return CnkiRecordMapper.Map(record, new RecordPosition(++recordNumber, record.Line, record.ByteOffset));
    }
}
