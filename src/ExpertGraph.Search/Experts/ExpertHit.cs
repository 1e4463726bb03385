using ExpertGraph.Core.Storage;
using ExpertGraph.Search.Ranking;

namespace ExpertGraph.Search.Experts;

/// <summary>An expert in a result list: who, how well they match, and the works that made the score.</summary>
public sealed record ExpertHit(int Rank, PersonSummary Person, double Score, IReadOnlyList<MatchedWork> TopWorks, int MatchedWorkCount)
{
    /// <summary>What the score is made of, largest contribution first.</summary>
    public IReadOnlyList<ScoreFeature> Features { get; init; } = [];

    /// <summary>What was known of the expert before the scorer combined it (what a learned scorer is trained on).</summary>
    public ExpertEvidence? Evidence { get; init; }
}
