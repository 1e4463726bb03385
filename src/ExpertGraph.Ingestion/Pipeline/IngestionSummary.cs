namespace ExpertGraph.Ingestion.Pipeline;

/// <summary>The closing account of a run: per file and in total, with timings.</summary>
public sealed record IngestionSummary(IReadOnlyList<FileReport> Files, RecordCounts Records, TimeSpan Elapsed, TimeSpan DerivedRebuild)
{
    public double RecordsPerSecond => Elapsed.TotalSeconds > 0 ? Records.Read / Elapsed.TotalSeconds : 0;

    /// <summary>
    /// Author mentions resolved (mentions of new and changed works; a retried batch's counted again) and the time the
    /// resolver took for them, inside the store stage: what resolution costs the run.
    /// </summary>
    public long MentionsResolved { get; init; }

    /// <inheritdoc cref="MentionsResolved"/>
    public TimeSpan Resolution { get; init; }

    /// <summary>
    /// Writing the expert documents of the persons the run touched, which runs beside the derived-table rebuild
    /// (<see cref="DerivedRebuild"/>), until the index committed them: the run's last part took about the longer of the
    /// two.
    /// </summary>
    public TimeSpan ExpertDocuments { get; init; }

    public double MentionsPerSecond => Resolution > TimeSpan.Zero ? MentionsResolved / Resolution.TotalSeconds : 0;

    /// <summary>
    /// What the data folder builds after the store is written, so the first query does not wait for it: the semantic
    /// index and the person facts (zero when the caller builds neither).
    /// </summary>
    public TimeSpan SemanticIndex { get; init; }

    /// <inheritdoc cref="SemanticIndex"/>
    public TimeSpan PersonFacts { get; init; }

    /// <summary>Saved profile pages among the inputs (read after the records, so they can match persons those made).</summary>
    public ProfilePages.ProfilePageSummary ProfilePages { get; init; } = Ingestion.ProfilePages.ProfilePageSummary.None;
}
