using ExpertGraph.Graph.Conflicts;
using ExpertGraph.Search.Experts;

namespace ExpertGraph.Query.Conflicts;

/// <summary>A recommended reviewer: why they fit (the expert hit, with its matching works) and the checks they passed (warnings and waived flags kept).</summary>
public sealed record ReviewerRecommendation(ExpertHit Expert, IReadOnlyList<ConflictFlag> Flags);
