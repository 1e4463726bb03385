namespace ExpertGraph.Core.Storage;

/// <summary>A key to store: its name, role, visible prefix and the SHA-256 hash (hex) of the whole key.</summary>
public sealed record NewApiKey(string Name, string Role, string Prefix, string Hash, DateTimeOffset CreatedAt);
