namespace ExpertGraph.Core.Storage;

public enum FileStatus
{
    Started = 1,
    Completed,
}

/// <summary>Per-file ingestion checkpoint: a completed file with the same content hash is not read again.</summary>
public sealed record FileCheckpoint(string Path, string ContentHash, long Size, string Format, FileStatus Status);
