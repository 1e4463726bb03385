using ExpertGraph.Core.Model;

namespace ExpertGraph.Graph.Conflicts;

/// <summary>
/// What the conflict checker reads, whatever holds it: the store (ExpertGraph.Query), CSV files (tests), memory
/// (benchmarks). Each method takes sets so a source answers 10 × 1,000 pairs in a few queries, not one per pair.
/// </summary>
public interface IConflictEvidence
{
    /// <summary>The persons the source knows, with their name keys; an id it does not know is left out.</summary>
    IReadOnlyList<ConflictPerson> GetPersons(IReadOnlyCollection<PersonId> ids);

    /// <summary>Works on which a person of <paramref name="left"/> and a different person of <paramref name="right"/> are both authors.</summary>
    IReadOnlyList<SharedWorkEvidence> GetSharedWorks(IReadOnlyCollection<PersonId> left, IReadOnlyCollection<PersonId> right);

    /// <summary>Where each person was, with dates as far as known.</summary>
    IReadOnlyList<AffiliationEvidence> GetAffiliations(IReadOnlyCollection<PersonId> persons);

    /// <summary>
    /// The co-authors (inventors, investigators) of each person with a shared work dated in or after <paramref name="sinceYear"/>
    /// or undated: what second-degree ties are found from, without a loaded graph.
    /// </summary>
    IReadOnlyList<CoauthorTie> GetCoauthors(IReadOnlyCollection<PersonId> persons, int sinceYear);
}
