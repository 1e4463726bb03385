namespace ExpertGraph.Search.Evaluation;

/// <summary>
/// Scores of one ranked candidate list against relevance labels, computed as the benchmark's own code does
/// (brochier/expert_finding, metrics.py on scikit-learn): average precision steps over distinct scores (tied candidates
/// enter together), ROC AUC counts a tie as half, precision at k and the first relevant rank take the candidates in
/// descending score, ties by descending position (numpy's reversed argsort of a stable sort).
/// </summary>
public sealed record RankingMetrics(double AveragePrecision, double PrecisionAt10, double RocAuc, int FirstRelevantRank)
{
    /// <summary>Metrics of <paramref name="scores"/> (higher is better) against <paramref name="relevant"/>, index by index.</summary>
    public static RankingMetrics Of(IReadOnlyList<double> scores, IReadOnlyList<bool> relevant)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(relevant);
        if (scores.Count != relevant.Count) throw new ArgumentException("scores and labels differ in length");
        var positives = relevant.Count(r => r);
        if (positives == 0 || positives == relevant.Count)
            throw new ArgumentException("a query needs both relevant and non-relevant candidates to be scored");
        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ThenByDescending(i => i).ToArray();
        return new RankingMetrics(AveragePrecisionOf(scores, relevant, order, positives), PrecisionAt(relevant, order, 10), RocAucOf(scores, relevant, positives), FirstRelevant(relevant, order));
    }

    private static double AveragePrecisionOf(IReadOnlyList<double> scores, IReadOnlyList<bool> relevant, int[] order, int positives)
    {
        double total = 0, previousRecall = 0;
        int truePositives = 0, seen = 0;
        for (var i = 0; i < order.Length;)
        {
            var score = scores[order[i]];
            for (; i < order.Length && scores[order[i]].Equals(score); i++)
            {
                seen++;
                if (relevant[order[i]]) truePositives++;
            }

            var recall = truePositives / (double)positives;
            total += (recall - previousRecall) * (truePositives / (double)seen);
            previousRecall = recall;
        }

        return total;
    }

    private static double PrecisionAt(IReadOnlyList<bool> relevant, int[] order, int k)
    {
        k = Math.Min(k, order.Length);
        return order.Take(k).Count(i => relevant[i]) / (double)k;
    }

    private static double RocAucOf(IReadOnlyList<double> scores, IReadOnlyList<bool> relevant, int positives)
    {
        // Mann–Whitney U with mid-ranks for ties.
        var ascending = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        double positiveRanks = 0;
        for (var i = 0; i < ascending.Length;)
        {
            var j = i;
            while (j < ascending.Length && scores[ascending[j]].Equals(scores[ascending[i]])) j++;
            var midRank = ((i + 1) + j) / 2.0;
            for (var t = i; t < j; t++)
                if (relevant[ascending[t]]) positiveRanks += midRank;
            i = j;
        }

        var negatives = scores.Count - positives;
        return (positiveRanks - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
    }

    private static int FirstRelevant(IReadOnlyList<bool> relevant, int[] order)
    {
        for (var k = 0; k < order.Length; k++)
            if (relevant[order[k]]) return k + 1;
        return order.Length;
    }
}
