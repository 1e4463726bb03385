namespace ExpertGraph.Ingestion.Csv;

/// <summary>
/// The header row of a CSV file read from its first bytes, for content detection: the same RFC 4180 parsing as the
/// records (quoted names, a UTF-8 BOM before the first name), so that a reader recognizes a header by its column names
/// and never by a naive split of the first line.
/// </summary>
internal static class CsvHeader
{
    /// <summary>A header longer than this many physical lines is not a header.</summary>
    private const int MaxHeaderLines = 4;

    /// <summary>The trimmed column names of the first record of <paramref name="head"/>, or null when it holds no valid CSV record.</summary>
    public static CsvColumns? TryRead(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty) return null;
        using var stream = new MemoryStream(head.ToArray(), writable: false);
        var first = new CsvRecordReader(stream, MaxHeaderLines).ReadRecords().FirstOrDefault();
        return first is { IsValid: true } ? new CsvColumns(first.Fields) : null;
    }
}
