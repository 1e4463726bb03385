using System.Data.Common;
using System.Globalization;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Storage.Curation;

namespace ExpertGraph.Storage.Access;

/// <summary>The api_keys and audit_log tables on both stores: the same SQL, times as ISO 8601 UTC text.</summary>
internal static class AccessQueries
{
    private const string KeyColumns = "id, name, role, prefix, key_hash, created_at, revoked_at";
    private const string AuditColumns = "id, at, key_id, key_name, role, action, target, persons";

    public static long AddKey(DbConnection connection, DbTransaction transaction, NewApiKey key) =>
        new CurationSql(connection, transaction).ScalarInt64(
            "INSERT INTO api_keys (name, role, prefix, key_hash, created_at) VALUES (@n, @r, @p, @h, @at) RETURNING id",
            ("@n", key.Name), ("@r", key.Role), ("@p", key.Prefix), ("@h", key.Hash), ("@at", Time(key.CreatedAt)))
        ?? throw new StoreException("INSERT INTO api_keys returned no id");

    public static IReadOnlyList<StoredApiKey> Keys(DbConnection connection) =>
        new CurationSql(connection, null).Query($"SELECT {KeyColumns} FROM api_keys ORDER BY id", ReadKey);

    public static StoredApiKey? FindKey(DbConnection connection, string hash) =>
        new CurationSql(connection, null).Query($"SELECT {KeyColumns} FROM api_keys WHERE key_hash = @h", ReadKey, ("@h", hash)).SingleOrDefault();

    public static bool Revoke(DbConnection connection, DbTransaction transaction, long id, DateTimeOffset at) =>
        new CurationSql(connection, transaction).Execute(
            "UPDATE api_keys SET revoked_at = @at WHERE id = @id AND revoked_at IS NULL", ("@at", Time(at)), ("@id", id)) == 1;

    public static long Append(DbConnection connection, DbTransaction transaction, AuditEntry entry) =>
        new CurationSql(connection, transaction).ScalarInt64(
            "INSERT INTO audit_log (at, key_id, key_name, role, action, target, persons) VALUES (@at, @k, @n, @r, @a, @t, @p) RETURNING id",
            ("@at", Time(entry.At)), ("@k", entry.KeyId), ("@n", entry.KeyName), ("@r", entry.Role), ("@a", entry.Action), ("@t", entry.Target), ("@p", entry.Persons))
        ?? throw new StoreException("INSERT INTO audit_log returned no id");

    public static IReadOnlyList<AuditEntry> Audit(DbConnection connection, AuditQuery query)
    {
        var where = new List<string>();
        var parameters = new List<(string, object?)> { ("@limit", query.Limit) };
        if (query.KeyId is { } key)
        {
            where.Add("key_id = @k");
            parameters.Add(("@k", key));
        }

        if (query.Action is { } action)
        {
            where.Add("action = @a");
            parameters.Add(("@a", action));
        }

        var filter = where.Count == 0 ? "" : " WHERE " + string.Join(" AND ", where);
        return new CurationSql(connection, null).Query($"SELECT {AuditColumns} FROM audit_log{filter} ORDER BY id DESC LIMIT @limit", ReadAudit, [.. parameters]);
    }

    private static StoredApiKey ReadKey(DbDataReader row) => new(
        row.GetInt64(0), row.GetString(1), row.GetString(2), row.GetString(3), row.GetString(4), ParseTime(row.GetString(5)),
        row.IsDBNull(6) ? null : ParseTime(row.GetString(6)));

    private static AuditEntry ReadAudit(DbDataReader row) => new(
        ParseTime(row.GetString(1)), row.GetInt64(2), row.GetString(3), row.GetString(4), row.GetString(5), row.GetString(6), (int)row.GetInt64(7))
    {
        Id = row.GetInt64(0),
    };

    private static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
