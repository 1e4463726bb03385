namespace ExpertGraph.Ingestion.Reading;

/// <summary>The readers a run tries, in the order their content checks are asked.</summary>
public static class RecordReaders
{
    public static IReadOnlyList<IRecordReader> CreateDefault() =>
    [
    ];
}
