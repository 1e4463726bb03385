namespace ExpertGraph.Core.Storage;

/// <summary>
/// An API key as stored: never the key itself, only its SHA-256 hash (hex) and a short visible prefix that names it in
/// lists and revocations. <paramref name="Role"/> is the role's name (scout, review-organizer, analyst, admin).
/// </summary>
public sealed record StoredApiKey(long Id, string Name, string Role, string Prefix, string Hash, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public bool IsRevoked => RevokedAt is not null;
}
