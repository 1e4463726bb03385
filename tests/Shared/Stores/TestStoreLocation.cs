using System.Data.Common;
using ExpertGraph.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ExpertGraph.Tests.Shared.Stores;

/// <summary>
/// A fresh, empty store of a kind for one test: a SQLite file in a temp folder, or a database of its own on the test
/// PostgreSQL server. Disposing removes it.
/// </summary>
internal sealed class TestStoreLocation : IDisposable
{
    private readonly string? _folder;
    private readonly string? _database;

    private TestStoreLocation(StoreKind kind, StoreLocation location, string? folder, string? database)
    {
        Kind = kind;
        Location = location;
        _folder = folder;
        _database = database;
    }

    public StoreKind Kind { get; }

    public StoreLocation Location { get; }

    /// <summary>The CLI arguments that select this store (none for the embedded default in the data folder).</summary>
    public IReadOnlyList<string> CliArguments => Kind == StoreKind.Postgres ? ["--store", Location.PostgresConnectionString!] : [];

    /// <summary>A new empty store; for SQLite <paramref name="sqlitePath"/> names the file (default: in a temp folder).</summary>
    public static TestStoreLocation Create(StoreKind kind, string? sqlitePath = null)
    {
        if (kind == StoreKind.Sqlite)
        {
            if (sqlitePath is not null) return new TestStoreLocation(kind, StoreLocation.Sqlite(sqlitePath), null, null);
            var folder = Directory.CreateTempSubdirectory("eg-store-").FullName;
            return new TestStoreLocation(kind, StoreLocation.Sqlite(Path.Combine(folder, "store.db")), folder, null);
        }

        var server = PostgresTestServer.Require();
        var database = server.CreateDatabase();
        return new TestStoreLocation(kind, StoreLocation.Postgres(database), null, database);
    }

    /// <summary>A plain ADO.NET connection to the store, for tests that read or damage it behind the store's back.</summary>
    public DbConnection OpenConnection()
    {
        DbConnection connection = Kind == StoreKind.Sqlite
            ? new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Location.SqlitePath, Pooling = false }.ToString())
            : new NpgsqlConnection(Location.PostgresConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Runs one statement on <see cref="OpenConnection"/>.</summary>
    public void Execute(string sql)
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        if (_database is not null) PostgresTestServer.Require().DropDatabase(_database);
        if (_folder is not null && Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
