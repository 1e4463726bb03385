using System.Globalization;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Query.Access;

namespace ExpertGraph.Query;

public sealed partial class Workspace
{
    /// <summary>Makes a key for <paramref name="name"/> with <paramref name="role"/>; the key is in the result only, never stored.</summary>
    public CreatedApiKey CreateApiKey(string name, ApiRole role, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length is 0 or > 100) throw new ExpertGraphException("a key needs a name of 1 to 100 characters (who or what uses it)");
        if (_store.GetApiKeys().Any(k => !k.IsRevoked && string.Equals(k.Name, trimmed, StringComparison.Ordinal)))
            throw new ExpertGraphException($"a key named '{trimmed}' exists: revoke it first, or choose another name");
        var key = ApiKeySecrets.Generate();
        var created = new NewApiKey(trimmed, ApiRoles.Name(role), ApiKeySecrets.Prefix(key), ApiKeySecrets.Hash(key), time.GetUtcNow());
        var id = _store.AddApiKey(created);
        return new CreatedApiKey(new StoredApiKey(id, created.Name, created.Role, created.Prefix, created.Hash, created.CreatedAt, null), key);
    }

    public IReadOnlyList<StoredApiKey> ListApiKeys() => _store.GetApiKeys();

    /// <summary>Revokes the key with this id (12) or visible prefix (eg_Ab3dE9fQ); an unknown, ambiguous or already revoked key is an error naming it.</summary>
    public StoredApiKey RevokeApiKey(string prefixOrId, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var text = prefixOrId?.Trim() ?? "";
        var keys = _store.GetApiKeys();
        var matches = long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? keys.Where(k => k.Id == id).ToList()
            : keys.Where(k => text.Length > ApiKeySecrets.Marker.Length && k.Prefix.StartsWith(text, StringComparison.Ordinal)).ToList();
        if (matches.Count == 0) throw new ExpertGraphException($"no key has the id or prefix '{text}' (see `expertgraph keys list`)");
        if (matches.Count > 1) throw new ExpertGraphException($"'{text}' names {matches.Count} keys ({string.Join(", ", matches.Select(k => k.Id))}): give the id");
        var key = matches[0];
        if (!_store.RevokeApiKey(key.Id, time.GetUtcNow())) throw new ExpertGraphException($"key {key.Id} ({key.Prefix}, {key.Name}) was already revoked");
        return key with { RevokedAt = time.GetUtcNow() };
    }

    /// <summary>The stored key a presented key is, when it exists and is not revoked; null otherwise.</summary>
    public StoredApiKey? AuthenticateApiKey(string key) =>
        string.IsNullOrEmpty(key) || _store.FindApiKey(ApiKeySecrets.Hash(key)) is not { IsRevoked: false } stored ? null : stored;

    public void Audit(AuditEntry entry) => _store.AppendAudit(entry);

    public IReadOnlyList<AuditEntry> ReadAudit(AuditQuery query) => _store.GetAudit(query);
}
