using ExpertGraph.Api.Security;
using ExpertGraph.Ingestion.Pipeline;

namespace ExpertGraph.Api.Ingest;

/// <summary>
/// One ingest over HTTP: what was asked (paths relative to the import root, force), by whom, and where it is; the run's
/// progress as the pipeline reports it, and at the end its summary or the error that stopped it. Read by status
/// requests while the run writes it: every change and every <see cref="Snapshot"/> hold the job's lock.
/// </summary>
public sealed class IngestJob : IProgress<IngestionProgress>
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _filesSeen = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IngestJobState _state;

    internal IngestJob(long id, IReadOnlyList<string> paths, IReadOnlyList<string> fullPaths, bool force, ApiCaller caller, DateTimeOffset queuedAt)
    {
        Id = id;
        FullPaths = fullPaths;
        Force = force;
        Caller = caller;
        _state = new IngestJobState(id, paths, force, caller.Name, IngestJobStatus.Queued, queuedAt);
    }

    public long Id { get; }

    public bool Force { get; }

    public ApiCaller Caller { get; }

    internal IReadOnlyList<string> FullPaths { get; }

    /// <summary>Completes when the job completed or failed (and the readers were reopened).</summary>
    public Task Finished => _finished.Task;

    public IngestJobState Snapshot()
    {
        lock (_gate) return _state;
    }

    public void Report(IngestionProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_gate)
        {
            if (value.CurrentFile is { } file) _filesSeen.Add(file);
            _state = _state with { FilesSeen = _filesSeen.Count, CurrentFile = value.CurrentFile, RecordsRead = value.RecordsRead, RecordsStored = value.RecordsStored };
        }
    }

    internal void Start(DateTimeOffset at)
    {
        lock (_gate) _state = _state with { Status = IngestJobStatus.Running, StartedAt = at };
    }

    internal void Complete(IngestionSummary summary, DateTimeOffset at)
    {
        lock (_gate)
        {
            _state = _state with
            {
                Status = IngestJobStatus.Completed, FinishedAt = at, Summary = summary, FilesSeen = summary.Files.Count, CurrentFile = null,
                RecordsRead = summary.Records.Read, RecordsStored = summary.Records.Stored,
            };
        }
    }

    internal void Fail(string error, DateTimeOffset at)
    {
        lock (_gate) _state = _state with { Status = IngestJobStatus.Failed, FinishedAt = at, Error = error, CurrentFile = null };
    }

    internal void Finish() => _finished.TrySetResult();
}
