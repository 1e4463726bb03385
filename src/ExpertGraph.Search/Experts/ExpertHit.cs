using ExpertGraph.Core.Storage;

namespace ExpertGraph.Search.Experts;

/// <summary>An expert in a result list: who, how well they match, and the works that made the score.</summary>
public sealed record ExpertHit(int Rank, PersonSummary Person, double Score, IReadOnlyList<MatchedWork> TopWorks, int MatchedWorkCount);
