namespace ExpertGraph.Search.Ranking;

/// <summary>Combines a candidate's evidence into one score, with the features that made it (the reasons shown).</summary>
public interface IExpertScorer
{
    /// <summary>Short stable name, shown with results and chosen by configuration.</summary>
    string Name { get; }

    (double Score, IReadOnlyList<ScoreFeature> Features) Score(ExpertEvidence evidence);
}
