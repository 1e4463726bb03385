using System.Globalization;
using ExpertGraph.Api.Auditing;
using ExpertGraph.Api.Hosting;
using ExpertGraph.Api.Security;
using ExpertGraph.Ingestion.Pipeline;
using ExpertGraph.Query;

namespace ExpertGraph.Api.Ingest;

/// <summary>
/// Ingests over HTTP, one at a time: a job runs the workspace's own ingest (the CLI's pipeline) in the background, and
/// when it ends the searchers, peer finder and collaboration network are reopened so the next request sees the new
/// works. Start and end leave audit rows. Jobs are kept in memory, the last <see cref="KeptJobs"/>, until the server
/// stops; stopping the server cancels a running job (what it committed stays, and a rerun resumes).
/// </summary>
public sealed partial class IngestJobs(Workspace workspace, QueryViews views, ApiOptions options, AuditTrail audit, TimeProvider time, ILogger<IngestJobs> logger)
    : IAsyncDisposable
{
    public const int KeptJobs = 100;

    private readonly Lock _gate = new();
    private readonly Dictionary<long, IngestJob> _jobs = [];
    private readonly CancellationTokenSource _stopping = new();
    private long _lastId;
    private IngestJob? _current;
    private Task _running = Task.CompletedTask;

    /// <summary>The job now queued or running, if any.</summary>
    public IngestJob? Current
    {
        get { lock (_gate) return _current; }
    }

    public IngestJob? Find(long id)
    {
        lock (_gate) return _jobs.GetValueOrDefault(id);
    }

    /// <summary>Starts a job, or answers null while another is queued or running.</summary>
    internal IngestJob? TryStart(IReadOnlyList<string> paths, IReadOnlyList<string> fullPaths, bool force, ApiCaller caller)
    {
        IngestJob job;
        lock (_gate)
        {
            if (_current is not null) return null;
            job = new IngestJob(++_lastId, paths, fullPaths, force, caller, time.GetUtcNow());
            _jobs[job.Id] = job;
            _jobs.Remove(job.Id - KeptJobs);
            _current = job;
            audit.Record(caller, AuditActions.IngestStart, Describe(job), 0);
            // The run is I/O-bound and long: it goes on in the background while the request answers 202.
            _running = Task.Run(() => RunAsync(job));
        }

        return job;
    }

    private async Task RunAsync(IngestJob job)
    {
        try
        {
            if (options.BeforeIngest is { } hook) await hook(_stopping.Token).ConfigureAwait(false);
            job.Start(time.GetUtcNow());
            // Another process ingesting the same folder holds its lock: fail at once rather than hold this job queued.
            var ingest = new IngestionOptions { Force = job.Force, LockTimeout = TimeSpan.Zero };
            var summary = await workspace.IngestAsync(job.FullPaths, ingest, job, _stopping.Token).ConfigureAwait(false);
            job.Complete(summary, time.GetUtcNow());
        }
        catch (Exception ex)
        {
            // The job's boundary: whatever stopped the run is its error, reported by status and audit, not lost in a task.
            job.Fail(ex is OperationCanceledException ? "cancelled: the server stopped (a rerun resumes from what was committed)" : ex.Message, time.GetUtcNow());
            LogFailed(logger, job.Id, ex);
        }
        finally
        {
            try
            {
                views.Invalidate();
                audit.Record(job.Caller, AuditActions.IngestEnd, Describe(job) + "; " + Outcome(job.Snapshot()), 0);
            }
            finally
            {
                lock (_gate) _current = null;
                job.Finish();
            }
        }
    }

    private static string Describe(IngestJob job) =>
        string.Create(CultureInfo.InvariantCulture, $"job {job.Id}: {string.Join(", ", job.Snapshot().Paths)}{(job.Force ? " (force)" : "")}");

    private static string Outcome(IngestJobState state)
    {
        if (state.Summary is not { Records: var r }) return "failed: " + state.Error;
        return string.Create(CultureInfo.InvariantCulture,
            $"completed: read {r.Read} = inserted {r.Inserted} + updated {r.Updated} + unchanged {r.Unchanged} + quarantined {r.Quarantined} + skipped {r.Skipped}");
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        Task running;
        lock (_gate) running = _running;
        await running.ConfigureAwait(false);
        _stopping.Dispose();
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Warning, Message = "ingest job {Job} failed")]
    private static partial void LogFailed(ILogger logger, long job, Exception exception);
}
