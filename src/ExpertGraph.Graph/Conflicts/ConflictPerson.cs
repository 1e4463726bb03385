using ExpertGraph.Core.Model;

namespace ExpertGraph.Graph.Conflicts;

/// <summary>A resolved person: the name shown and the matching keys of every written form ("family|given").</summary>
public sealed record ConflictPerson(PersonId Id, string DisplayName, IReadOnlyList<string> NameKeys);
