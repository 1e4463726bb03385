using System.Text;
using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Csv;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Grants;

/// <summary>
/// Reads the NSFC (National Natural Science Foundation of China) project lists scraped from the NSFC results site: one
/// CSV row per funded project, with grant number, title, discipline code, programme, PI, amount in 万元, host institution
/// and keywords. The same project appears in several files; each file is read as it is and the store merges by key.
/// </summary>
public sealed class NsfcGrantReader : IRecordReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public string FormatName => "nsfc-csv";

    /// <summary>True when the first line is a CSV header naming the NSFC grant columns (not the discipline-code lists).</summary>
    public bool CanRead(ReadOnlySpan<byte> head, string fileName) =>
        CsvHeaderLine.Names(head, StrictUtf8) is { } names && NsfcColumns.Required.All(names.ToHashSet(StringComparer.Ordinal).Contains);

    public IEnumerable<ReadResult> Read(Stream stream, string path, CancellationToken cancellationToken = default)
    {
        NsfcColumns? columns = null;
        long recordNumber = 0;
        foreach (var record in new CsvRecordReader(stream).ReadRecords(cancellationToken))
        {
            if (columns is null)
            {
                columns = ReadHeader(record, path);
                continue;
            }

            var position = new RecordPosition(++recordNumber, record.Line, record.ByteOffset);
            if (!record.IsValid)
            {
                yield return ReadResult.Rejected(position, record.Error!, record.RawText);
                continue;
            }

            if (record.Fields.Count != columns.FieldCount)
            {
                var reason = $"expected {columns.FieldCount} fields, found {record.Fields.Count}";
                yield return ReadResult.Rejected(position, reason, record.RawText);
                continue;
            }

            var work = NsfcRecordMapper.Map(record.Fields, columns, out var mappingError);
            yield return work is null
                ? ReadResult.Rejected(position, mappingError!, record.RawText)
                : ReadResult.Ok(work, position);
        }
    }

    /// <summary>A file whose header is unreadable or lacks the grant columns is not this format at all: that is not a bad record.</summary>
    private static NsfcColumns ReadHeader(CsvRecord header, string path)
    {
        if (!header.IsValid) throw new UnknownFormatException(path, $"unreadable CSV header: {header.Error}");
        return NsfcColumns.FromHeader(header.Fields, out var missing)
            ?? throw new UnknownFormatException(path, $"CSV header has no '{missing}' column");
    }
}
