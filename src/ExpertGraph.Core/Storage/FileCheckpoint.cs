namespace ExpertGraph.Core.Storage;

public enum FileStatus
{
    Started = 1,
    Completed,
}

/// <summary>
/// Per-file ingestion checkpoint: a completed file with the same content hash is not read again. A started one records
/// how far its writes are committed (<see cref="CommittedRecords"/>, written in the same transaction as the records), so
/// that a rerun after an interruption knows which records it is replaying.
/// </summary>
public sealed record FileCheckpoint(string Path, string ContentHash, long Size, string Format, FileStatus Status)
{
    /// <summary>The number of the last record whose write is committed (records are numbered from 1); 0 before any.</summary>
    public long CommittedRecords { get; init; }
}
