namespace ExpertGraph.Core.Storage;

/// <summary>
/// A named list of persons an analyst keeps for a lab or a position (docs/exports.md): its note, when it was made, and
/// its entries in the order they were added.
/// </summary>
public sealed record Shortlist(string Name, string? Note, DateTimeOffset CreatedAt, IReadOnlyList<ShortlistEntry> Entries);
