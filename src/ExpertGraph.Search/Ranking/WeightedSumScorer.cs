namespace ExpertGraph.Search.Ranking;

/// <summary>
/// The documented weighted sum (docs/ranking.md): field similarity × ln(1 + works) + <see cref="RelevanceWeight"/> ×
/// relative relevance. The product rewards a person whose whole body of work lies near the query, more the more of it
/// there is (a prolific author in the field outranks a newcomer with one close paper); the relevance term keeps the
/// persons of the best-matching works on top among equals. Without a semantic space the score is the summed relevance.
/// </summary>
public sealed class WeightedSumScorer : IExpertScorer
{
    public const double RelevanceWeight = 0.25;

    public string Name => "weighted-sum";

    public bool ContributionsAdd => true;

    public bool ReadsPriors => false;

    public double Score(ExpertEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return evidence.FieldSimilarity is { } similarity
            ? (similarity * Math.Log(1 + evidence.Works)) + (RelevanceWeight * evidence.RelativeRelevance)
            : evidence.Relevance;
    }

    public IReadOnlyList<ScoreFeature> Explain(ExpertEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (evidence.FieldSimilarity is not { } similarity)
            return [new ScoreFeature("matching works relevance", evidence.Relevance, evidence.Relevance)];

        var field = similarity * Math.Log(1 + evidence.Works);
        var relevance = RelevanceWeight * evidence.RelativeRelevance;
        List<ScoreFeature> features =
        [
            new ScoreFeature("field similarity × ln(1 + works)", similarity, field),
            new ScoreFeature("works", evidence.Works, 0),
            new ScoreFeature("matching works relevance (relative)", evidence.RelativeRelevance, relevance),
            new ScoreFeature("field concentration (share of works matching)", evidence.Concentration, 0),
        ];
        // Priors are shown, not weighed: no labelled data says how much they should count (docs/ranking.md).
        if (evidence.Priors is { } priors)
        {
            features.Add(new ScoreFeature("h-index", priors.HIndex, 0));
            features.Add(new ScoreFeature("citations", priors.Citations, 0));
            features.Add(new ScoreFeature("works in the last 5 years", priors.RecentWorks, 0));
            features.Add(new ScoreFeature("impact percentile in the field", priors.FieldPercentile, 0));
            features.Add(new ScoreFeature("patents and funded projects", priors.PatentsAndProjects, 0));
        }

        return features;
    }
}
