namespace ExpertGraph.Core.Storage;

/// <summary>One ingestion run as logged in the store.</summary>
public sealed record RunLogEntry(
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    int Files,
    long RecordsRead,
    long Inserted,
    long Updated,
    long Unchanged,
    long Quarantined,
    long Skipped);
