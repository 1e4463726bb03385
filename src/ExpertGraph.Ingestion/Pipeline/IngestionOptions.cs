namespace ExpertGraph.Ingestion.Pipeline;

/// <summary>Settings of one ingestion run; validated once, every problem reported together.</summary>
public sealed record IngestionOptions
{
    /// <summary>
    /// Records per store transaction. Each commit writes every page the batch changed, and a batch's authorships change
    /// pages all over the indexes by person and by name block: fewer, larger commits write fewer pages per work (at 1M
    /// works, 8,000 against 2,000: the pipeline 246 s against 289 s, peak RSS the same; benchmarks/RESULTS.md).
    /// </summary>
    public int BatchSize { get; init; } = 8000;

    /// <summary>
    /// Batches buffered between reading and writing, and between writing and indexing (back-pressure: the reader waits
    /// when the writer lags). The write stage is the slowest: two batches keep it fed, and every batch more is memory
    /// (works and prepared mention profiles) without speed (at 300K works with the model resolver, 2 against 4: the
    /// pipeline 125.9 s against 130.5 s, peak RSS 2.97 against 3.16 GB; benchmarks/RESULTS.md).
    /// </summary>
    public int ChannelCapacity { get; init; } = 2;

    /// <summary>Read files again even when their checkpoint says they were completed with the same content.</summary>
    public bool Force { get; init; }

    /// <summary>Works with more authors than this make no collaboration edges.</summary>
    public int MaxAuthorsForCollaboration { get; init; } = 25;

    /// <summary>
    /// Completed files are checkpointed in groups: the index is committed (an fsync) once this many records have been
    /// written since the last commit, or <see cref="CheckpointInterval"/> has passed, and at the end of the run.
    /// </summary>
    public int CheckpointRecords { get; init; } = 100_000;

    public TimeSpan CheckpointInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long an ingest waits for another ingest of the same data folder to finish before it gives up (zero: not at all).</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Raw text kept per quarantined record; longer text is cut with a marker.</summary>
    public int MaxQuarantineTextLength { get; init; } = 256 * 1024;

    /// <summary>
    /// Times a batch is tried again after a transient store failure (connection lost, server restarting, busy), with
    /// exponential backoff from <see cref="StoreRetryDelay"/> up to 10 s between tries; then the run stops with the error.
    /// </summary>
    public int StoreRetryAttempts { get; init; } = 8;

    public TimeSpan StoreRetryDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// The text encoding of every input file, when the user knows it better than detection (<c>--encoding gb18030</c>);
    /// null: detected per file (<see cref="Reading.TextEncodingDetector"/>).
    /// </summary>
    public Reading.SourceEncoding? Encoding { get; init; }

    /// <summary>How author mentions become persons (docs/resolution.md); the trained model unless asked otherwise.</summary>
    public ResolverKind Resolver { get; init; } = ResolverKind.Model;

    /// <summary>
    /// Mentions the model resolver keeps in its name-block cache before it lets the least recently used blocks go (each
    /// costs a few KB; an evicted block is read from the store again when a mention needs it): memory against speed.
    /// </summary>
    public int ResolverCacheMentions { get; init; } = Resolution.ModelAuthorResolver.MaxCachedMentions;

    public void Validate()
    {
        var problems = new List<string>();
        if (BatchSize is < 1 or > 100_000) problems.Add($"BatchSize must be 1..100000, was {BatchSize}");
        if (ChannelCapacity is < 1 or > 1000) problems.Add($"ChannelCapacity must be 1..1000, was {ChannelCapacity}");
        if (MaxAuthorsForCollaboration < 2) problems.Add($"MaxAuthorsForCollaboration must be at least 2, was {MaxAuthorsForCollaboration}");
        if (CheckpointRecords < 1) problems.Add($"CheckpointRecords must be at least 1, was {CheckpointRecords}");
        if (CheckpointInterval <= TimeSpan.Zero) problems.Add($"CheckpointInterval must be positive, was {CheckpointInterval}");
        if (LockTimeout < TimeSpan.Zero) problems.Add($"LockTimeout must not be negative, was {LockTimeout}");
        if (MaxQuarantineTextLength < 1024) problems.Add($"MaxQuarantineTextLength must be at least 1024, was {MaxQuarantineTextLength}");
        if (StoreRetryAttempts is < 0 or > 100) problems.Add($"StoreRetryAttempts must be 0..100, was {StoreRetryAttempts}");
        if (ResolverCacheMentions < 1000) problems.Add($"ResolverCacheMentions must be at least 1000, was {ResolverCacheMentions}");
        if (StoreRetryDelay < TimeSpan.Zero) problems.Add($"StoreRetryDelay must not be negative, was {StoreRetryDelay}");
        if (problems.Count > 0) throw new ArgumentException("invalid ingestion options: " + string.Join("; ", problems));
    }
}
