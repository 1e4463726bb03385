using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Storage.Schema;
using Npgsql;

namespace ExpertGraph.Storage.Postgres;

/// <summary>
/// The server store: PostgreSQL through Npgsql, the same tables and the same semantics as the embedded store. One write
/// session at a time across all processes (an advisory lock taken in the session's transaction), as SQLite's file lock
/// gives the embedded store: what a resolver learned of the store stays true while it writes. Readers see the last
/// committed state (read committed) and never wait for the writer.
/// </summary>
public sealed partial class PostgresExpertStore : IExpertStore
{
    /// <summary>The advisory lock key every writer of an ExpertGraph database holds for its transaction.</summary>
    internal const long WriterLock = 7426001;

    private readonly NpgsqlDataSource _dataSource;
    private readonly SemaphoreSlim _writerGate = new(1, 1);
    private readonly IdBlocks _workIds = new("works");
    private readonly IdBlocks _personIds = new("persons");
    private bool _disposed;

    private PostgresExpertStore(NpgsqlDataSource dataSource, string description)
    {
        _dataSource = dataSource;
        Description = description;
    }

    /// <summary>Host, port and database, for messages (never the password).</summary>
    public string Description { get; }

    /// <summary>Connects, and creates or migrates the schema.</summary>
    public static PostgresExpertStore Open(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        // Statements the writer repeats per record are prepared once per pooled connection.
        if (builder.MaxAutoPrepare == 0) builder.MaxAutoPrepare = 64;
        builder.AutoPrepareMinUsages = 2;
        var description = $"{builder.Host}:{builder.Port}/{builder.Database}";
        var dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        try
        {
            using var connection = dataSource.OpenConnection();
            SchemaMigrator.Apply(connection, SqlDialect.Postgres, description);
        }
        catch (NpgsqlException ex)
        {
            dataSource.Dispose();
            throw PostgresErrors.Translate(ex, $"opening the store at {description}");
        }
        catch
        {
            dataSource.Dispose();
            throw;
        }

        return new PostgresExpertStore(dataSource, description);
    }

    public IStoreWriteSession BeginWrite()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writerGate.Wait();
        NpgsqlConnection? connection = null;
        try
        {
            connection = _dataSource.OpenConnection();
            var transaction = connection.BeginTransaction();
            using (var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({WriterLock})", connection, transaction))
                command.ExecuteNonQuery();
            var owned = connection;
            return new PostgresWriteSession(owned, transaction, _workIds, _personIds, () =>
            {
                owned.Dispose();
                _writerGate.Release();
            });
        }
        catch (NpgsqlException ex)
        {
            connection?.Dispose();
            _writerGate.Release();
            throw PostgresErrors.Translate(ex, "starting a write transaction");
        }
        catch
        {
            connection?.Dispose();
            _writerGate.Release();
            throw;
        }
    }

    public FileCheckpoint? GetFileCheckpoint(string path) => Read("reading a file checkpoint", connection =>
    {
        using var command = new NpgsqlCommand("SELECT content_hash, size, format, status, committed_records FROM ingestion_files WHERE path = $1", connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = path });
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        return new FileCheckpoint(path, reader.GetString(0), reader.GetInt64(1), reader.GetString(2), (FileStatus)reader.GetInt64(3))
        {
            CommittedRecords = reader.GetInt64(4),
        };
    });

    public bool DerivedTablesStale => Read("reading store flags", connection =>
        Scalar(connection, null, "SELECT COALESCE((SELECT value FROM store_flags WHERE name = 'derived_stale'), 0)") != 0);

    public long DerivedGeneration => Read("reading store flags", DerivedGenerations.Read);

    public void LogRun(RunLogEntry run)
    {
        ArgumentNullException.ThrowIfNull(run);
        using var session = (PostgresWriteSession)BeginWrite();
        session.LogRun(run);
        session.Commit();
    }

    public StoreCounts Count() => Read("counting rows", connection =>
    {
        return StoreCountQueries.Read(table => Scalar(connection, null, $"SELECT COUNT(*) FROM {table}"));
    });

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _dataSource.Dispose();
        _writerGate.Dispose();
    }

    /// <summary>Runs a read on a pooled connection of its own (committed state only).</summary>
    private T Read<T>(string doing, Func<NpgsqlConnection, T> read)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return PostgresErrors.Run(doing, () =>
        {
            using var connection = _dataSource.OpenConnection();
            return read(connection);
        });
    }

    internal static long Scalar(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    internal static void Execute(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }
}
