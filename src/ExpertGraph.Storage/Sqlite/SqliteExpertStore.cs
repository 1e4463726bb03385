using System.Globalization;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Storage.Schema;
using Microsoft.Data.Sqlite;

namespace ExpertGraph.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. One writer at a time (a write session holds the write connection);
/// readers use their own pooled connections and see the last committed state.
/// </summary>
public sealed partial class SqliteExpertStore : IExpertStore
{
    private readonly string _connectionString;
    private readonly SqliteConnection _writer;
    private readonly SemaphoreSlim _writerGate = new(1, 1);
    private readonly WalCheckpointer _checkpointer;
    private bool _disposed;

    private SqliteExpertStore(string connectionString, SqliteConnection writer)
    {
        _connectionString = connectionString;
        _writer = writer;
        _checkpointer = new WalCheckpointer(connectionString);
    }

    public string DatabasePath { get; private init; } = "";

    /// <summary>Opens (creating if needed) the store file at <paramref name="databasePath"/>.</summary>
    public static SqliteExpertStore Open(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        var directory = Path.GetDirectoryName(Path.GetFullPath(databasePath));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        if (SqliteFileHeader.FindDamage(databasePath) is { } damage) throw Damaged(databasePath, damage, null);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();

        var writer = new SqliteConnection(connectionString);
        try
        {
            writer.Open();
            Execute(writer, """
                PRAGMA journal_mode = WAL;
                PRAGMA synchronous = NORMAL;
                PRAGMA foreign_keys = OFF;
                PRAGMA temp_store = MEMORY;
                PRAGMA cache_size = -131072;
                PRAGMA busy_timeout = 30000;
                """);
            // The log is copied into the file by the store's own checkpoint thread (WalCheckpointer); the writer only past this.
            Execute(writer, $"PRAGMA wal_autocheckpoint = {WalCheckpointer.WriterAutoCheckpointPages.ToString(CultureInfo.InvariantCulture)}");
            SchemaMigrator.Apply(writer, SqlDialect.Sqlite, databasePath);
        }
        catch (SqliteException ex)
        {
            writer.Dispose();
            throw ex.SqliteErrorCode switch
            {
                SqliteErrorCodes.Corrupt or SqliteErrorCodes.NotADatabase => Damaged(databasePath, ex.Message, ex),
                SqliteErrorCodes.ReadOnly or SqliteErrorCodes.CannotOpen or SqliteErrorCodes.Full => new StoreException(
                    $"cannot open store {databasePath} for writing ({ex.Message}): make its folder writable (chmod u+w, chattr -i, a read-write mount) and check that its disk has space", false, ex),
                _ => new StoreException($"cannot open store {databasePath}: {ex.Message}", ex.SqliteErrorCode is SqliteErrorCodes.Busy or SqliteErrorCodes.Locked, ex),
            };
        }

        return new SqliteExpertStore(connectionString, writer) { DatabasePath = databasePath };
    }

    /// <summary>The error for a store file that SQLite cannot read as a database.</summary>
    internal static StoreException Damaged(string databasePath, string detail, Exception? inner) =>
        new($"the store file {databasePath} is damaged ({detail}): restore a backup (expertgraph restore <backup>), or move it away and ingest again", false, inner);

    public IStoreWriteSession BeginWrite()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writerGate.Wait();
        try
        {
            return new SqliteWriteSession(_writer, ReleaseWriter);
        }
        catch (SqliteException ex)
        {
            _writerGate.Release();
            // Busy or locked: another process held the file past the busy timeout; the caller may try again later.
            throw new StoreException($"cannot start writing to {DatabasePath}: {ex.Message}", ex.SqliteErrorCode is 5 or 6, ex);
        }
        catch
        {
            _writerGate.Release();
            throw;
        }
    }

    public FileCheckpoint? GetFileCheckpoint(string path)
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT content_hash, size, format, status, committed_records FROM ingestion_files WHERE path = $path";
        command.Parameters.AddWithValue("$path", path);
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        return new FileCheckpoint(path, reader.GetString(0), reader.GetInt64(1), reader.GetString(2), (FileStatus)reader.GetInt32(3))
        {
            CommittedRecords = reader.GetInt64(4),
        };
    }

    public bool DerivedTablesStale
    {
        get
        {
            using var connection = OpenReader();
            return ScalarLong(connection, "SELECT COALESCE((SELECT value FROM store_flags WHERE name = 'derived_stale'), 0)") != 0;
        }
    }

    public long DerivedGeneration
    {
        get
        {
            using var connection = OpenReader();
            return DerivedGenerations.Read(connection);
        }
    }

    public void LogRun(RunLogEntry run)
    {
        using var session = (SqliteWriteSession)BeginWrite();
        session.LogRun(run);
        session.Commit();
    }

    public StoreCounts Count()
    {
        using var connection = OpenReader();
        return StoreCountQueries.Read(table => ScalarLong(connection, $"SELECT COUNT(*) FROM {table}"));
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _checkpointer.Dispose();
        _writer.Dispose();
        _writerGate.Dispose();
        SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
    }

    /// <summary>Ends a use of the write connection: the next writer may start, and the log it grew is copied into the file.</summary>
    private void ReleaseWriter()
    {
        _checkpointer.Request();
        _writerGate.Release();
    }

    /// <summary>The store's checkpoint thread (for tests).</summary>
    internal WalCheckpointer Checkpointer => _checkpointer;

    internal SqliteConnection OpenReader()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    internal static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    internal static long ScalarLong(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture);
    }
}
