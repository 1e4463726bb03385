namespace ExpertGraph.Ingestion.Pipeline;

/// <summary>A progress report: the file being written, records so far, and events a log line should show.</summary>
public sealed record IngestionProgress(string? CurrentFile, long RecordsRead, long RecordsStored, TimeSpan Elapsed, string? Event = null)
{
    /// <summary>Share of the input's bytes the read stage has passed (it runs ahead of the writers by a few batches).</summary>
    public double? FractionRead { get; init; }

    public double RecordsPerSecond => Elapsed.TotalSeconds > 0 ? RecordsRead / Elapsed.TotalSeconds : 0;
}
