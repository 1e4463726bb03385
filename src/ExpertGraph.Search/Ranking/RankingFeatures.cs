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
    ];

    public static int Count => Names.Count;

    public static float[] Of(ExpertEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var similarity = evidence.FieldSimilarity ?? 0;
        var volume = Math.Log(1 + evidence.Works);
        return [(float)similarity, (float)volume, (float)(similarity * volume), (float)evidence.RelativeRelevance, (float)Math.Log(1 + evidence.MatchedWorks)];
    }
}
