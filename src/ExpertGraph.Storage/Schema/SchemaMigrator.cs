using System.Data.Common;
using System.Globalization;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Storage.Schema;

/// <summary>
/// Brings a store's schema to <see cref="StoreSchema.Version"/> on open: every migration above the recorded version,
/// in order, each in its own transaction with the version it reaches. Concurrent openers serialize on the dialect's
/// migration lock, so a migration runs once. A store newer than this program is refused, never downgraded.
/// </summary>
internal static class SchemaMigrator
{
    public static void Apply(DbConnection connection, SqlDialect dialect, string storeName)
    {
        var createInfo = dialect.Render("CREATE TABLE IF NOT EXISTS schema_info (version {int} NOT NULL)");
        // Without a migration lock (SQLite) the file's single writer orders the creation; with one (PostgreSQL) the table
        // is created only under the lock, since two first opens at once race in the catalog even with IF NOT EXISTS
        // (42P07, seen when two ingests start together on a new database).
        if (dialect.MigrationLock is null) Execute(connection, null, createInfo);
        if (Count(connection, dialect.TableExists("schema_info")) > 0 && CurrentVersion(connection, null) == StoreSchema.Version) return;

        using var transaction = connection.BeginTransaction();
        if (dialect.MigrationLock is { } lockSql) Execute(connection, transaction, lockSql);
        Execute(connection, transaction, createInfo);
        var version = CurrentVersion(connection, transaction);
        if (version > StoreSchema.Version)
            throw new StoreException($"store {storeName} has schema version {version}, newer than this program's {StoreSchema.Version}: use a newer expertgraph");
        foreach (var migration in StoreSchema.Migrations.Where(m => m.Version > version))
        {
            if (migration.OnlyFor is null || migration.OnlyFor == dialect)
                Execute(connection, transaction, dialect.Prelude(migration.Template) + dialect.Render(migration.Template));
            Execute(connection, transaction, "DELETE FROM schema_info");
            Execute(connection, transaction, string.Create(CultureInfo.InvariantCulture, $"INSERT INTO schema_info (version) VALUES ({migration.Version})"));
        }

        transaction.Commit();
    }

    private static long Count(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture);
    }

    private static long CurrentVersion(DbConnection connection, DbTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_info";
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture);
    }

    private static void Execute(DbConnection connection, DbTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
