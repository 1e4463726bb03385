using ExpertGraph.Core.Storage;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Pipeline;

/// <summary>A file being ingested: its checkpoint identity and whether it had been completed before with the same content.</summary>
internal sealed class FileState(string path, IRecordReader reader, string contentHash, long size, bool interruptedBefore, long committedBefore = 0)
{
    public string Path { get; } = path;
    public IRecordReader Reader { get; } = reader;
    public string Format => Reader.FormatName;
    public string ContentHash { get; } = contentHash;
    public long Size { get; } = size;

    /// <summary>
    /// True when an earlier run started this file and never completed it: then every record is sent to the index again,
    /// even one the store already holds unchanged, because that run may have stopped between the store's commit and the
    /// index's. (A record that is unchanged because another completed file holds it needs no new document.)
    /// </summary>
    public bool InterruptedBefore { get; } = interruptedBefore;

    /// <summary>
    /// How many of this file's records (this content) the interrupted run committed: records up to that number are
    /// replayed, already written once. One the store holds in another version was replaced by a later record of that run,
    /// and is not written again (doing so would re-resolve its authors over the later version's).
    /// </summary>
    public long CommittedBefore { get; } = committedBefore;

    /// <summary>
    /// The last record this run has committed. A batch's checkpoint never records less: the empty batch that ends a file
    /// whose records filled its batches exactly would otherwise record none.
    /// </summary>
    public long CommittedThisRun { get; set; }

    public RecordCounts Counts { get; } = new();
    public bool CheckpointStarted { get; set; }

    public FileCheckpoint Checkpoint(FileStatus status) => new(Path, ContentHash, Size, Format, status);
}
