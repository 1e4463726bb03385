using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Csv;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Exports;

/// <summary>
/// Detection and the record loop shared by the database CSV exports (Scopus, IEEE Xplore, Springer Link, Retraction
/// Watch): the header is parsed as CSV (quoted names, UTF-8 BOM) and recognized by its column names; records stream
/// through <see cref="CsvRecordReader"/>, so a field with line breaks is one record and a broken one is quarantined
/// with its record number, line and byte offset while the rest of the file is still read.
/// </summary>
internal static class ExportCsv
{
    public static bool CanRead(ReadOnlySpan<byte> head, ExportCsvLayout layout) =>
        CsvHeader.TryRead(head) is { } header && layout.Recognizes(header);

    public static IEnumerable<ReadResult> Read(Stream stream, string path, ExportCsvLayout layout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        CsvColumns? columns = null;
        long recordNumber = 0;
        foreach (var record in new CsvRecordReader(stream).ReadRecords(cancellationToken))
        {
            if (columns is null)
            {
                columns = Header(record, path, layout);
                continue;
            }

            var position = new RecordPosition(++recordNumber, record.Line, record.ByteOffset);
            if (!record.IsValid)
            {
                yield return ReadResult.Rejected(position, record.Error!, record.RawText);
                continue;
            }

            var row = layout.Align(columns, record.Fields, out var reason);
            yield return row is { } aligned
                ? layout.Map(aligned, position, record.RawText)
                : ReadResult.Rejected(position, reason!, record.RawText);
        }
    }

    /// <summary>A file whose header is unreadable or not the vendor's is not this format at all: that is not a bad record.</summary>
    private static CsvColumns Header(CsvRecord header, string path, ExportCsvLayout layout)
    {
        if (!header.IsValid) throw new UnknownFormatException(path, $"unreadable CSV header: {header.Error}");
        var columns = new CsvColumns(header.Fields);
        if (layout.Recognizes(columns)) return columns;
        var missing = columns.FirstMissing(layout.SignatureColumns);
        throw new UnknownFormatException(path, missing is null ? "CSV header of another layout" : $"CSV header has no '{missing}' column");
    }
}
