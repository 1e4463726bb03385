using ExpertGraph.Graph.Conflicts;
using ExpertGraph.Search.Experts;

namespace ExpertGraph.Query.Conflicts;

/// <summary>A topic expert who is not recommended, with the reason that counts in the disclosure line and everything behind it.</summary>
public sealed record ExcludedCandidate(ExpertHit Expert, string Reason, IReadOnlyList<ConflictFlag> Flags, IReadOnlyList<string> UnknownBecause);
