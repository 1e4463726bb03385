using ExpertGraph.Core.Storage;
using ExpertGraph.Storage.Access;

namespace ExpertGraph.Storage.Sqlite;

public sealed partial class SqliteExpertStore
{
    public long AddApiKey(NewApiKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return WriteInTransaction("storing an API key", (connection, transaction) => AccessQueries.AddKey(connection, transaction, key));
    }

    public IReadOnlyList<StoredApiKey> GetApiKeys()
    {
        using var connection = OpenReader();
        return AccessQueries.Keys(connection);
    }

    public StoredApiKey? FindApiKey(string hash)
    {
        using var connection = OpenReader();
        return AccessQueries.FindKey(connection, hash);
    }

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
        using var connection = OpenReader();
        return AccessQueries.Audit(connection, query);
    }
}
