using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Storage.Postgres;
using ExpertGraph.Storage.Sqlite;
using Npgsql;

namespace ExpertGraph.Storage;

/// <summary>
/// Which store a workspace uses: the embedded SQLite file (the default, in the data folder) or a PostgreSQL server given
/// as a postgres:// URL or an Npgsql connection string (--store or EXPERTGRAPH_STORE).
/// </summary>
public sealed record StoreLocation
{
    public const string EnvironmentVariable = "EXPERTGRAPH_STORE";

    private StoreLocation(string? sqlitePath, string? postgresConnectionString)
    {
        SqlitePath = sqlitePath;
        PostgresConnectionString = postgresConnectionString;
    }

    public string? SqlitePath { get; }

    public string? PostgresConnectionString { get; }

    public bool IsPostgres => PostgresConnectionString is not null;

    public static StoreLocation Sqlite(string path) => new(path, null);

    public static StoreLocation Postgres(string connectionStringOrUrl) => new(null, ToNpgsqlConnectionString(connectionStringOrUrl));

    /// <summary>The store named by <paramref name="given"/> (or the environment), else the SQLite file at <paramref name="defaultSqlitePath"/>.</summary>
    public static StoreLocation Resolve(string? given, string defaultSqlitePath)
    {
        var value = !string.IsNullOrWhiteSpace(given) ? given : Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(value)) return Sqlite(defaultSqlitePath);
        if (value.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase)) return Sqlite(value["sqlite:".Length..]);
        return Postgres(value);
    }

    public IExpertStore Open() => IsPostgres ? PostgresExpertStore.Open(PostgresConnectionString!) : SqliteExpertStore.Open(SqlitePath!);

    /// <summary>Turns postgres://user:password@host:port/database?option=value into an Npgsql connection string; passes one through.</summary>
    public static string ToNpgsqlConnectionString(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        if (!value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) && !value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return new NpgsqlConnectionStringBuilder(value).ConnectionString;
            }
            catch (ArgumentException ex)
            {
                throw new StoreException($"--store: '{Redact(value)}' is neither a postgres:// URL nor a connection string ({ex.Message})");
            }
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            throw new StoreException($"--store: '{Redact(value)}' is not a valid postgres:// URL (expected postgres://user:password@host:port/database)");
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host, Port = uri.Port > 0 ? uri.Port : 5432 };
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0) builder.Database = database;
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2) builder.Password = Uri.UnescapeDataString(parts[1]);
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            try
            {
                builder[Uri.UnescapeDataString(kv[0])] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "true";
            }
            catch (ArgumentException ex)
            {
                throw new StoreException($"--store: unknown option '{kv[0]}' in the URL ({ex.Message})");
            }
        }

        return builder.ConnectionString;
    }

    /// <summary>The location as shown to users: passwords never printed.</summary>
    public override string ToString() => IsPostgres ? Redact(PostgresConnectionString!) : "sqlite:" + SqlitePath;

    private static string Redact(string value)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(value);
            if (builder.Password is not null) builder.Password = "***";
            return builder.ConnectionString;
        }
        catch (ArgumentException)
        {
            var at = value.IndexOf('@', StringComparison.Ordinal);
            var scheme = value.IndexOf("://", StringComparison.Ordinal);
            return at > 0 && scheme > 0 ? value[..(scheme + 3)] + "***" + value[at..] : "***";
        }
    }
}
