namespace ExpertGraph.Search.Ranking;

/// <summary>The evidence of a candidate as the numbers a learned scorer reads, in a fixed order.</summary>
public static class RankingFeatures
{
    public static readonly IReadOnlyList<string> Names =
    [
        "field similarity",
        "ln(1 + works)",
        "field similarity × ln(1 + works)",
        "matching works relevance (relative)",
        "ln(1 + matching works)",
        "field concentration (share of works matching)",
        "ln(1 + h-index)",
        "ln(1 + works in the last 5 years)",
        "impact percentile in the field",
    ];

    public static int Count => Names.Count;

    /// <summary>The features' values; priors the evidence lacks (no person facts) read as 0.</summary>
    public static float[] Of(ExpertEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var similarity = evidence.FieldSimilarity ?? 0;
        var volume = Math.Log(1 + evidence.Works);
        var priors = evidence.Priors;
        return
        [
            (float)similarity, (float)volume, (float)(similarity * volume), (float)evidence.RelativeRelevance, (float)Math.Log(1 + evidence.MatchedWorks),
            (float)evidence.Concentration,
            (float)Math.Log(1 + (priors?.HIndex ?? 0)),
            (float)Math.Log(1 + (priors?.RecentWorks ?? 0)),
            (float)(priors?.FieldPercentile ?? 0),
        ];
    }
}
