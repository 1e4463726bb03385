using ExpertGraph.Query;
using Microsoft.Data.Sqlite;

namespace ExpertGraph.Integration.Tests.Support;

/// <summary>
/// The seam between store-agnostic integration fixtures (<c>[TestFixture(StoreKind.Sqlite)]</c>,
/// <c>[TestFixture(StoreKind.Postgres)]</c>) and the stores: for a kind and a fresh data folder, a store of its own.
/// </summary>
internal static class TestStores
{
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
                // To come with the PostgreSQL store: a database per data folder, `--store <connection string>`, and an
                // NpgsqlConnection for the dump.
                Assert.Ignore("PostgreSQL fixture: added with the PostgreSQL store");
                throw new InvalidOperationException("unreachable: Assert.Ignore throws");
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
