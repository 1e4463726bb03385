namespace ExpertGraph.Ingestion.Pipeline;

/// <summary>The closing account of a run: per file and in total, with timings.</summary>
public sealed record IngestionSummary(IReadOnlyList<FileReport> Files, RecordCounts Records, TimeSpan Elapsed, TimeSpan DerivedRebuild)
{
    public double RecordsPerSecond => Elapsed.TotalSeconds > 0 ? Records.Read / Elapsed.TotalSeconds : 0;

    /// <summary>Saved profile pages among the inputs (read after the records, so they can match persons those made).</summary>
    public ProfilePages.ProfilePageSummary ProfilePages { get; init; } = Ingestion.ProfilePages.ProfilePageSummary.None;
}
