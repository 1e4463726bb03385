using System.Text.RegularExpressions;

namespace ExpertGraph.Storage.Schema;

/// <summary>
/// Everything the two databases spell differently, in one place: column types, generated ids, table options, and the
/// statements the stores share (derived tables) with their few variant words. The stores' statements are otherwise
/// the same SQL.
/// </summary>
internal abstract partial class SqlDialect
{
    public static readonly SqlDialect Sqlite = new SqliteDialect();
    public static readonly SqlDialect Postgres = new PostgresDialect();

    public abstract string Name { get; }

    /// <summary>A generated 64-bit primary key of <paramref name="table"/>.</summary>
    protected abstract string IdColumn(string table);

    protected abstract string IntegerType { get; }

    protected abstract string RealType { get; }

    protected abstract string BlobType { get; }

    /// <summary>Table options for tables whose primary key is the whole point (SQLite: WITHOUT ROWID).</summary>
    protected abstract string ClusteredTableOptions { get; }

    /// <summary>DDL that must run before a migration's tables (sequences for generated ids).</summary>
    public abstract string Prelude(string template);

    /// <summary>A statement run first in a migration's transaction that excludes other processes migrating (null: the transaction itself does).</summary>
    public abstract string? MigrationLock { get; }

    /// <summary>A query counting the tables named <paramref name="table"/> in the store's schema (0 or 1).</summary>
    public abstract string TableExists(string table);

    /// <summary>A temporary table holding rows only for the current transaction.</summary>
    public abstract string CreateTempTable(string name, string columns);

    /// <summary>The dialect's text of a schema template (see <see cref="StoreSchema"/>).</summary>
    public string Render(string template)
    {
        var text = IdToken().Replace(template, m => IdColumn(m.Groups[1].Value));
        return text.Replace("{int}", IntegerType, StringComparison.Ordinal)
            .Replace("{real}", RealType, StringComparison.Ordinal)
            .Replace("{blob}", BlobType, StringComparison.Ordinal)
            .Replace("{norowid}", ClusteredTableOptions, StringComparison.Ordinal);
    }

    /// <summary>Tables with a generated id in a template.</summary>
    protected static IEnumerable<string> GeneratedIdTables(string template) =>
        IdToken().Matches(template).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"\{id:(\w+)\}")]
    private static partial Regex IdToken();

    private sealed class SqliteDialect : SqlDialect
    {
        public override string Name => "SQLite";
        protected override string IntegerType => "INTEGER";
        protected override string RealType => "REAL";
        protected override string BlobType => "BLOB";
        protected override string ClusteredTableOptions => " WITHOUT ROWID";
        protected override string IdColumn(string table) => "INTEGER PRIMARY KEY";
        public override string Prelude(string template) => "";
        public override string? MigrationLock => null;

        public override string TableExists(string table) => $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'";
        public override string CreateTempTable(string name, string columns) => $"CREATE TEMP TABLE IF NOT EXISTS {name} ({columns})";
    }

    private sealed class PostgresDialect : SqlDialect
    {
        public override string Name => "PostgreSQL";
        protected override string IntegerType => "BIGINT";
        protected override string RealType => "DOUBLE PRECISION";
        protected override string BlobType => "BYTEA";
        protected override string ClusteredTableOptions => "";

        // Ids come from a sequence the writer can draw blocks from (one round trip for many rows, then binary COPY).
        protected override string IdColumn(string table) => $"BIGINT PRIMARY KEY DEFAULT nextval('{table}_id_seq')";

        public override string Prelude(string template) =>
            string.Concat(GeneratedIdTables(template).Select(t => $"CREATE SEQUENCE IF NOT EXISTS {t}_id_seq;\n"));

        public override string? MigrationLock => "SELECT pg_advisory_xact_lock(7426002)";

        public override string TableExists(string table) => $"SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = '{table}'";

        public override string CreateTempTable(string name, string columns) =>
            $"CREATE TEMP TABLE IF NOT EXISTS {name} ({columns}) ON COMMIT DROP";
    }
}
