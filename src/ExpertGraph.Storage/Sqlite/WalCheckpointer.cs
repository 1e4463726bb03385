using Microsoft.Data.Sqlite;

namespace ExpertGraph.Storage.Sqlite;

/// <summary>
/// Copies the write-ahead log into the database file on a thread and a connection of its own, so that the writer does
/// not. SQLite's own automatic checkpoint runs inside the commit that pushes the log past its limit: with a batch of
/// works writing more pages than the default limit (1,000), that was every commit: the commit, with the copy and its two
/// fsyncs, was 11% of the ingest's write stage at 300K works (dotnet-trace, <c>SqliteTransaction.Commit</c>).
/// <para>
/// After each write the store calls <see cref="Request"/>; the thread then runs a PASSIVE checkpoint, which never waits
/// for and never blocks the writer or readers: it copies what no reader still needs from the log. Requests made while
/// one runs are served by one more run. The writer keeps SQLite's automatic checkpoint with a higher limit
/// (<see cref="WriterAutoCheckpointPages"/>) as the backstop: the log can only start over at a transaction that begins
/// when everything in it is copied, and a writer that begins its next transaction as soon as it commits (the ingest's)
/// never finds it so; past the limit, its own checkpoint copies the last commit's pages and the log starts over.
/// A failed checkpoint (a full disk, say) is kept in <see cref="LastFailure"/> and the next request tries again; the
/// writer meets the same condition in its own statements and reports it there.
/// </para>
/// </summary>
internal sealed class WalCheckpointer : IDisposable
{
    /// <summary>
    /// The writer's own automatic checkpoint limit, in pages (at 4 KiB pages, 1 GiB of log). One ingest batch into a
    /// store of 1M works writes about 200 MB of log (its random inserts touch pages all over the indexes), so the writer
    /// copies one batch in five or more itself, to let the log start over.
    /// </summary>
    public const int WriterAutoCheckpointPages = 262_144;

    private readonly string _connectionString;
    private readonly Lock _starting = new();
    private volatile Thread? _thread;
    private readonly SemaphoreSlim _signal = new(0, 1);
    private volatile bool _stopping;
    private volatile Exception? _lastFailure;
    // Requests made so far, and the count a finished checkpoint had seen when it started (it serves those).
    private long _asked;
    private long _served;
    private long _runs;

    /// <summary>The thread starts at the first request: a store only read never has one.</summary>
    public WalCheckpointer(string connectionString)
    {
        _connectionString = connectionString;
    }

    /// <summary>Checkpoints run so far (for tests).</summary>
    public long Runs => Interlocked.Read(ref _runs);

    /// <summary>The last checkpoint's failure, or null when it succeeded.</summary>
    public Exception? LastFailure => _lastFailure;

    /// <summary>Asks for a checkpoint soon; never waits.</summary>
    public void Request()
    {
        if (_stopping) return;
        if (_thread is null)
        {
            lock (_starting)
            {
                if (_stopping) return;
                if (_thread is null)
                {
                    var thread = new Thread(Run) { IsBackground = true, Name = "SQLite WAL checkpoint" };
                    thread.Start();
                    _thread = thread;
                }
            }
        }

        Interlocked.Increment(ref _asked);
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: the coming run serves this request too.
        }
        catch (ObjectDisposedException)
        {
            // Closed meanwhile: closing the store's last connection checkpoints the log.
        }
    }

    /// <summary>Waits until the checkpoints asked for so far have run (for tests and an orderly close).</summary>
    public void Drain()
    {
        var asked = Interlocked.Read(ref _asked);
        while (Interlocked.Read(ref _served) < asked && _thread is { IsAlive: true } && !_stopping) Thread.Sleep(1);
    }

    public void Dispose()
    {
        lock (_starting)
        {
            if (_stopping) return;
            _stopping = true;
        }

        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
        }

        lock (_starting) _thread?.Join();
        _signal.Dispose();
    }

    private void Run()
    {
        SqliteConnection? connection = null;
        try
        {
            while (true)
            {
                _signal.Wait();
                if (_stopping) return;
                // Read before the checkpoint: a commit made while it runs asks for the next one.
                var asked = Interlocked.Read(ref _asked);
                try
                {
                    connection ??= Open();
                    using var command = connection.CreateCommand();
                    command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
                    command.ExecuteNonQuery();
                    _lastFailure = null;
                }
                catch (Exception ex)
                {
                    // Never fatal here: the writer's own checkpoint is the backstop, and its statements report the cause.
                    _lastFailure = ex;
                    connection?.Dispose();
                    connection = null;
                }

                Interlocked.Increment(ref _runs);
                Interlocked.Exchange(ref _served, asked);
            }
        }
        finally
        {
            connection?.Dispose();
        }
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
