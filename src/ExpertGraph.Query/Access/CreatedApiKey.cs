using ExpertGraph.Core.Storage;

namespace ExpertGraph.Query.Access;

/// <summary>A key just made: what is stored, and the key itself, which exists only here and is shown once.</summary>
public sealed record CreatedApiKey(StoredApiKey Stored, string Key);
