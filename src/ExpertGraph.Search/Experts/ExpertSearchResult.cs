namespace ExpertGraph.Search.Experts;

public sealed record ExpertSearchResult(ExpertQuery Query, IReadOnlyList<ExpertHit> Experts, int MatchedWorks);
