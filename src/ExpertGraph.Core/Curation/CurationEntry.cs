using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Curation;

/// <summary>One curator decision as logged: who, when (UTC), what, why, and what it touched (persons, mentions).</summary>
public sealed record CurationEntry(long Id, DateTimeOffset At, string Curator, CurationAction Action, string Reason, string? Detail)
{
    /// <summary>The persons the decision named (the merge target and sources, the split person and the new one, the pinned person).</summary>
    public IReadOnlyList<PersonId> Persons { get; init; } = [];
}
