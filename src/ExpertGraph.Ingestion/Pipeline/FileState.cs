using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Pipeline;

/// <summary>A file being ingested: its checkpoint identity and whether it had been completed before with the same content.</summary>
internal sealed class FileState(string path, IRecordReader reader, string contentHash, long size, bool previouslyCompleted)
{
    public string Path { get; } = path;
    public IRecordReader Reader { get; } = reader;
    public string Format => Reader.FormatName;
    public string ContentHash { get; } = contentHash;
    public long Size { get; } = size;

    /// <summary>
    /// False when an earlier run stopped inside this file (or never saw it): then every record is sent to the index
    /// again, even one the store already holds unchanged, because the crash may have come between the store's commit
    /// and the index's.
    /// </summary>
    public bool PreviouslyCompleted { get; } = previouslyCompleted;

    public RecordCounts Counts { get; } = new();
    public HashSet<PersonId> TouchedPersons { get; } = [];
    public bool CheckpointStarted { get; set; }

    public FileCheckpoint Checkpoint(FileStatus status) => new(Path, ContentHash, Size, Format, status);
}
