using ExpertGraph.Core.Model;

namespace ExpertGraph.Query.Curation;

/// <summary>What a curator decision left: the person it produced or kept (the merge target, the new person of a split, the pinned person) and the work documents rewritten.</summary>
public sealed record CurationResult(PersonId Person, int WorksReindexed);
