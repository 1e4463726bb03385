using ExpertGraph.Core.Storage;
using ExpertGraph.Search.Careers;
using ExpertGraph.Search.Ranking;

namespace ExpertGraph.Search.Experts;

/// <summary>An expert in a result list: who, how well they match, and the works that made the score.</summary>
public sealed record ExpertHit(int Rank, PersonSummary Person, double Score, IReadOnlyList<MatchedWork> TopWorks, int MatchedWorkCount)
{
    /// <summary>What the score is made of, largest contribution first.</summary>
    public IReadOnlyList<ScoreFeature> Features { get; init; } = [];

    /// <summary>What was known of the expert before the scorer combined it (what a learned scorer is trained on).</summary>
    public ExpertEvidence? Evidence { get; init; }

    /// <summary>The expert's career at the query's date (institution now, career age, stage); null without person facts.</summary>
    public PersonCareer? Career { get; init; }

    /// <summary>Why the expert has ties to the country a ties filter asked for; null without one.</summary>
    public CountryTie? Tie { get; init; }
}
