using ExpertGraph.Query;
using ExpertGraph.Tests.Shared.Stores;
using Microsoft.Data.Sqlite;

namespace ExpertGraph.Integration.Tests.Support;

/// <summary>
/// The seam between store-agnostic integration fixtures (<c>[TestFixture(StoreKind.Sqlite)]</c>,
/// <c>[TestFixture(StoreKind.Postgres)]</c>) and the stores: for a kind and a fresh data folder, a store of its own.
/// </summary>
internal static class TestStores
{
    private static readonly List<TestStoreLocation> Created = CreateRegistry();

    private static List<TestStoreLocation> CreateRegistry()
    {
        var created = new List<TestStoreLocation>();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            lock (created)
            {
                foreach (var location in created)
                {
                    try
                    {
                        location.Dispose();
                    }
                    catch (Npgsql.NpgsqlException)
                    {
                        // The server may already be gone at exit; its private cluster folder is removed with it.
                    }
                }
            }
        };
        return created;
    }

    public static TestStore Create(StoreKind kind, string dataFolder)
    {
        switch (kind)
        {
            case StoreKind.Sqlite:
                var directory = new DataDirectory(dataFolder);
                return new TestStore(kind, dataFolder, ["--data", dataFolder],
                    () => OpenSqlite(directory.StorePath),
                    () => Workspace.Open(directory));
            case StoreKind.Postgres:
                // A database of its own on the test server (dropped at exit), named to every command by --store.
                var location = TestStoreLocation.Create(StoreKind.Postgres);
                lock (Created) Created.Add(location);
                var postgres = new DataDirectory(dataFolder) { Store = location.Location };
                return new TestStore(kind, dataFolder, ["--data", dataFolder, .. location.CliArguments],
                    location.OpenConnection,
                    () => Workspace.Open(postgres));
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    private static SqliteConnection OpenSqlite(string path)
    {
        // Read-only and unpooled: a dump never writes, and must not keep the file open after the test.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
