using ExpertGraph.Core.Model;

namespace ExpertGraph.Search.Experts;

/// <summary>A work that matched the query and its relevance (its contribution to the expert's score).</summary>
public sealed record MatchedWork(WorkId Id, string Title, int? Year, string Kind, double Score);
