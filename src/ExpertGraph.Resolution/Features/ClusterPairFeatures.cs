namespace ExpertGraph.Resolution.Features;

/// <summary>
/// Features of two clusters for the second clustering stage: <see cref="PairFeatures"/> of their merged profiles, then
/// their sizes, the mean and the best first-stage probability between their members, and the gap between their spans of
/// years. The order of <see cref="Names"/> is the cluster model's input layout.
/// </summary>
public static class ClusterPairFeatures
{
    public static readonly IReadOnlyList<string> Names =
        [.. PairFeatures.Names, "smaller_cluster", "larger_cluster", "mean_probability", "best_probability", "year_span_gap"];

    public static int Count => Names.Count;

    /// <param name="similarity">The block's first-stage probabilities, row-major.</param>
    public static float[] Compute(ClusterProfile a, ClusterProfile b, IReadOnlyList<MentionProfile> block, float[] similarity,
        CorpusStatistics statistics, BlockContext context)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(similarity);
        ArgumentNullException.ThrowIfNull(context);
        var n = block.Count;
        double sum = 0;
        float best = 0;
        foreach (var i in a.Members)
        {
            foreach (var j in b.Members)
            {
                var p = similarity[i * n + j];
                sum += p;
                if (p > best) best = p;
            }
        }

        return Compute(a, b, statistics, context.CommonNeighbours(a.Members, b.Members), context.Fragmentation, (float)(sum / (a.Size * b.Size)), best);
    }

    /// <summary>The same features from their parts, for callers that keep no block-wide matrix (the incremental resolver).</summary>
    /// <param name="meanProbability">The mean first-stage probability between the clusters' members.</param>
    /// <param name="bestProbability">The highest of them.</param>
    public static float[] Compute(ClusterProfile a, ClusterProfile b, CorpusStatistics statistics, int commonNeighbours, float fragmentation,
        float meanProbability, float bestProbability)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var features = new float[Count];
        PairFeatures.Compute(a.Merged, b.Merged, statistics, commonNeighbours, fragmentation, features.AsSpan(0, PairFeatures.Count));
        var k = PairFeatures.Count;
        features[k] = Math.Min(a.Size, b.Size);
        features[k + 1] = Math.Max(a.Size, b.Size);
        features[k + 2] = meanProbability;
        features[k + 3] = bestProbability;
        features[k + 4] = a.FirstYear is null || b.FirstYear is null
            ? -1
            : Math.Max(0, Math.Max(a.FirstYear.Value - b.LastYear!.Value, b.FirstYear.Value - a.LastYear!.Value));
        return features;
    }
}
