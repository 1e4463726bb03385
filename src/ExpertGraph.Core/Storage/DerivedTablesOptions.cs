namespace ExpertGraph.Core.Storage;

/// <summary>How derived tables are computed.</summary>
public sealed record DerivedTablesOptions
{
    /// <summary>Works with more authors than this make no collaboration edges (a 3,000-author physics paper is not a tie).</summary>
    public int MaxAuthorsForCollaboration { get; init; } = 25;

    /// <summary>Concepts kept per person profile (the strongest).</summary>
    public int ConceptsPerPerson { get; init; } = 64;

    /// <summary>Years after which a work counts half in a person's concept profile.</summary>
    public double ConceptHalfLifeYears { get; init; } = 5;
}
