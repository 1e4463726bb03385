namespace ExpertGraph.Search.Ranking;

/// <summary>Combines a candidate's evidence into one score, with the features that made it (the reasons shown).</summary>
public interface IExpertScorer
{
    /// <summary>Short stable name, shown with results and chosen by configuration.</summary>
    string Name { get; }

    /// <summary>
    /// Whether each feature's contribution is what it added to the score (a weighted sum), or the model's weight of the
    /// feature (a learned model, whose score is not a sum of per-feature parts).
    /// </summary>
    bool ContributionsAdd { get; }

    /// <summary>
    /// Whether <see cref="Score"/> reads <see cref="ExpertEvidence.Priors"/>: if not, search gives them only to the experts
    /// it shows (for their reasons), not to the thousands of candidates it ranks.
    /// </summary>
    bool ReadsPriors { get; }

    double Score(ExpertEvidence evidence);

    /// <summary>The features behind <see cref="Score"/>, largest contribution first: asked only for the experts shown.</summary>
    IReadOnlyList<ScoreFeature> Explain(ExpertEvidence evidence);
}
