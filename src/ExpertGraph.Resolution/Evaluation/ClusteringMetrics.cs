namespace ExpertGraph.Resolution.Evaluation;

/// <summary>Precision and recall with their harmonic mean.</summary>
public readonly record struct Scores(double Precision, double Recall)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>How a predicted partition of mentions compares with the gold one.</summary>
/// <param name="Pairwise">Over all pairs of mentions: a pair is positive when both sit in one cluster.</param>
/// <param name="BCubed">Per mention, the share of its predicted cluster that is its gold person (precision) and of its
/// gold person that is in its predicted cluster (recall), averaged over mentions (Bagga and Baldwin 1998).</param>
public sealed record ClusteringScores(Scores Pairwise, Scores BCubed, int Mentions, int GoldPersons, int PredictedPersons);

/// <summary>Pairwise and B-cubed scores of a clustering against gold labels.</summary>
public static class ClusteringMetrics
{
    /// <summary>
    /// Scores <paramref name="predicted"/> against <paramref name="gold"/> (labels per mention, same order). With no
    /// predicted pair pairwise precision is 1, with no gold pair pairwise recall is 1 (nothing to get wrong).
    /// </summary>
    public static ClusteringScores Score(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count) throw new ArgumentException("one predicted label per gold label expected", nameof(predicted));
        var goldSizes = Counts(gold);
        var predictedSizes = Counts(predicted);
        var both = new Dictionary<(string, string), long>();
        for (var i = 0; i < gold.Count; i++) both[(gold[i], predicted[i])] = both.GetValueOrDefault((gold[i], predicted[i])) + 1;

        double truePairs = both.Values.Sum(Pairs), goldPairs = goldSizes.Values.Sum(Pairs), predictedPairs = predictedSizes.Values.Sum(Pairs);
        var pairwise = new Scores(predictedPairs == 0 ? 1 : truePairs / predictedPairs, goldPairs == 0 ? 1 : truePairs / goldPairs);

        double precision = 0, recall = 0;
        foreach (var ((g, p), overlap) in both)
        {
            // Each of the `overlap` mentions shares `overlap` of its predicted cluster and of its gold person.
            precision += (double)overlap * overlap / predictedSizes[p];
            recall += (double)overlap * overlap / goldSizes[g];
        }

        var n = Math.Max(gold.Count, 1);
        return new ClusteringScores(pairwise, new Scores(precision / n, recall / n), gold.Count, goldSizes.Count, predictedSizes.Count);
    }

    /// <summary>Scores of yes/no decisions on labelled pairs (positive = same person).</summary>
    public static Scores ScorePairs(IEnumerable<(bool Gold, bool Predicted)> decisions)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        long tp = 0, fp = 0, fn = 0;
        foreach (var (g, p) in decisions)
        {
            if (g && p) tp++;
            else if (p) fp++;
            else if (g) fn++;
        }

        return new Scores(tp + fp == 0 ? 1 : (double)tp / (tp + fp), tp + fn == 0 ? 1 : (double)tp / (tp + fn));
    }

    private static Dictionary<string, long> Counts(IReadOnlyList<string> labels)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var label in labels) counts[label] = counts.GetValueOrDefault(label) + 1;
        return counts;
    }

    private static double Pairs(long size) => size * (size - 1) / 2.0;
}
