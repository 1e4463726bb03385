using ExpertGraph.Resolution.Evaluation;

namespace ExpertGraph.Resolution.Tests;

public sealed class ClusteringMetricsTests
{
    [Test]
    public void Pairwise_and_bcubed_match_a_hand_computed_case()
    {
        // Gold a a a b b, predicted 1 1 2 2 2. Pairs: gold 3 + 1 = 4, predicted 1 + 3 = 4, shared (0,1) and (3,4) = 2.
        // B-cubed per mention, precision / recall: 1 / (2/3), 1 / (2/3), (1/3) / (1/3), (2/3) / 1, (2/3) / 1.
        var scores = ClusteringMetrics.Score(["a", "a", "a", "b", "b"], ["1", "1", "2", "2", "2"]);

        Assert.Multiple(() =>
        {
            Assert.That(scores.Pairwise.Precision, Is.EqualTo(0.5).Within(1e-12));
            Assert.That(scores.Pairwise.Recall, Is.EqualTo(0.5).Within(1e-12));
            Assert.That(scores.BCubed.Precision, Is.EqualTo((1 + 1 + 1 / 3.0 + 2 / 3.0 + 2 / 3.0) / 5).Within(1e-12));
            Assert.That(scores.BCubed.Recall, Is.EqualTo((2 / 3.0 + 2 / 3.0 + 1 / 3.0 + 1 + 1) / 5).Within(1e-12));
            Assert.That(scores.BCubed.F1, Is.EqualTo(11 / 15.0).Within(1e-12));
            Assert.That((scores.Mentions, scores.GoldPersons, scores.PredictedPersons), Is.EqualTo((5, 2, 2)));
        });
    }

    [Test]
    public void Singletons_against_one_person_have_full_precision_and_low_recall()
    {
        var scores = ClusteringMetrics.Score(["p", "p", "p", "p"], ["1", "2", "3", "4"]);

        Assert.Multiple(() =>
        {
            Assert.That(scores.Pairwise.Precision, Is.EqualTo(1), "no predicted pair: nothing wrong");
            Assert.That(scores.Pairwise.Recall, Is.Zero);
            Assert.That(scores.BCubed.Precision, Is.EqualTo(1));
            Assert.That(scores.BCubed.Recall, Is.EqualTo(0.25));
        });
    }

    [Test]
    public void Pair_decisions_are_scored_as_a_classifier()
    {
        var scores = ClusteringMetrics.ScorePairs([(true, true), (true, false), (false, true), (false, false), (true, true)]);

        Assert.That((scores.Precision, scores.Recall), Is.EqualTo((2 / 3.0, 2 / 3.0)));
    }

    [Test]
    public void Labels_must_pair_up() =>
        Assert.That(() => ClusteringMetrics.Score(["a"], ["1", "2"]), Throws.ArgumentException);
}
