using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Storage;

/// <summary>What the experts index holds of a person: names as written on works and the institutions.</summary>
public sealed record PersonProfile(PersonId Id, string DisplayName, IReadOnlyList<string> NameVariants, IReadOnlyList<string> Institutions, string? CountryCode)
{
    /// <summary>
    /// False for a person left without any authorship (a re-written work took its only mention elsewhere): no expert,
    /// so the index holds no document for it.
    /// </summary>
    public bool HasWorks { get; init; } = true;
}
