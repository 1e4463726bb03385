namespace ExpertGraph.Ingestion.Csv;

/// <summary>
/// One CSV record: its fields, or an <see cref="Error"/> (bad quoting, invalid UTF-8) with no fields. <see cref="Line"/> and
/// <see cref="ByteOffset"/> locate its first line; <see cref="RawText"/> is its text as found, invalid bytes replaced.
/// </summary>
internal sealed record CsvRecord(long Line, long ByteOffset, IReadOnlyList<string> Fields, string RawText, string? Error)
{
    public bool IsValid => Error is null;
}
