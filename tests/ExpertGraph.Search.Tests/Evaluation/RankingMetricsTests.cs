using ExpertGraph.Search.Evaluation;

namespace ExpertGraph.Search.Tests.Evaluation;

/// <summary>Expected values computed with scikit-learn 1.2 (average_precision_score, roc_auc_score), as the benchmark's code does.</summary>
[TestFixture]
public sealed class RankingMetricsTests
{
    [Test]
    public void Of_DistinctScores_MatchesScikitLearn()
    {
        var metrics = RankingMetrics.Of([0.9, 0.8, 0.7, 0.6], [true, false, true, false]);

        Assert.That(metrics.AveragePrecision, Is.EqualTo(0.8333333333333333).Within(1e-12));
        Assert.That(metrics.RocAuc, Is.EqualTo(0.75).Within(1e-12));
        // Fewer than 10 candidates: precision over all of them, as the benchmark's get_precision_at_k.
        Assert.That(metrics.PrecisionAt10, Is.EqualTo(0.5));
        Assert.That(metrics.FirstRelevantRank, Is.EqualTo(1));
    }

    [Test]
    public void Of_TiedScores_EnterTogether()
    {
        var metrics = RankingMetrics.Of([1, 1, 0], [true, false, true]);

        Assert.That(metrics.AveragePrecision, Is.EqualTo(0.5833333333333333).Within(1e-12));
        Assert.That(metrics.RocAuc, Is.EqualTo(0.25).Within(1e-12));
        // Ties are taken by descending position: the non-relevant second candidate comes first.
        Assert.That(metrics.FirstRelevantRank, Is.EqualTo(2));
    }

    [Test]
    public void Of_TwelveCandidatesWithTies_MatchesScikitLearn()
    {
        bool[] relevant = [false, true, false, false, true, true, false, false, false, true, false, true];
        double[] scores = [0.5, 0.5, 0.2, 0.9, 0.1, 0.5, 0.3, 0.3, 0.8, 0.05, 0.6, 0.6];

        var metrics = RankingMetrics.Of(scores, relevant);

        Assert.That(metrics.AveragePrecision, Is.EqualTo(0.3774891774891775).Within(1e-12));
        Assert.That(metrics.RocAuc, Is.EqualTo(0.32857142857142857).Within(1e-12));
        // Top 10 by descending score, ties by descending position: 3, 8, 11, 10, 5, 1, 0, 7, 6, 2 → relevant 11, 5, 1.
        Assert.That(metrics.PrecisionAt10, Is.EqualTo(0.3).Within(1e-12));
        Assert.That(metrics.FirstRelevantRank, Is.EqualTo(3));
    }

    [Test]
    public void Of_NoRelevantCandidate_IsRefused()
    {
        Assert.That(() => RankingMetrics.Of([1, 0], [false, false]), Throws.ArgumentException);
        Assert.That(() => RankingMetrics.Of([1, 0], [true]), Throws.ArgumentException);
    }

    [Test]
    public void MetricSummary_IsMeanAndPopulationStandardDeviation()
    {
        var summary = MetricSummary.Of([1.0, 3.0]);

        Assert.That(summary.Mean, Is.EqualTo(2));
        Assert.That(summary.StandardDeviation, Is.EqualTo(1));
    }
}
