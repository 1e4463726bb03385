using ExpertGraph.Core.Storage;
using ExpertGraph.Storage.Access;

namespace ExpertGraph.Storage.Postgres;

public sealed partial class PostgresExpertStore
{
    public long AddApiKey(NewApiKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return WriteInTransaction("storing an API key", (connection, transaction) => AccessQueries.AddKey(connection, transaction, key));
    }

    public IReadOnlyList<StoredApiKey> GetApiKeys() =>
        PostgresErrors.Run("reading API keys", () =>
        {
            using var connection = _dataSource.OpenConnection();
            return AccessQueries.Keys(connection);
        });

    public StoredApiKey? FindApiKey(string hash) =>
        PostgresErrors.Run("reading API keys", () =>
        {
            using var connection = _dataSource.OpenConnection();
            return AccessQueries.FindKey(connection, hash);
        });

    public bool RevokeApiKey(long id, DateTimeOffset at) =>
        WriteInTransaction("revoking an API key", (connection, transaction) => AccessQueries.Revoke(connection, transaction, id, at));

    public long AppendAudit(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return WriteInTransaction("writing the audit log", (connection, transaction) => AccessQueries.Append(connection, transaction, entry));
    }

    public IReadOnlyList<AuditEntry> GetAudit(AuditQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return PostgresErrors.Run("reading the audit log", () =>
        {
            using var connection = _dataSource.OpenConnection();
            return AccessQueries.Audit(connection, query);
        });
    }
}
