using ExpertGraph.Core.Storage;

namespace ExpertGraph.Query.Lookup;

/// <summary>A person found by name, with the labels of their strongest specific fields (below the discipline levels).</summary>
public sealed record PersonMatch(PersonSummary Person, IReadOnlyList<string> Fields);
