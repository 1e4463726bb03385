namespace ExpertGraph.Core.Storage;

/// <summary>How derived tables are computed.</summary>
public sealed record DerivedTablesOptions
{
    /// <summary>Works with more authors than this make no collaboration edges (a 3,000-author physics paper is not a tie).</summary>
    public int MaxAuthorsForCollaboration { get; init; } = 25;
}
