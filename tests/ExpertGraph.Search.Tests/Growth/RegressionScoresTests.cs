using ExpertGraph.Search.Growth;

namespace ExpertGraph.Search.Tests.Growth;

[TestFixture]
public sealed class RegressionScoresTests
{
    [Test]
    public void Of_TwoSwappedMiddleValues_GivesTheHandComputedScores()
    {
        // Mean 2.5: total squares 5, residual squares 2, so R² = 0.6; MAE = 2 / 4; Spearman 1 − 6·2 / (4·15) = 0.8.
        var scores = RegressionScores.Of([1, 2, 3, 4], [1, 3, 2, 4]);

        Assert.Multiple(() =>
        {
            Assert.That(scores.RSquared, Is.EqualTo(0.6).Within(1e-12));
            Assert.That(scores.MeanAbsoluteError, Is.EqualTo(0.5).Within(1e-12));
            Assert.That(scores.Spearman, Is.EqualTo(0.8).Within(1e-12));
        });
    }

    [Test]
    public void Ranks_TiesShareTheirMeanRank() =>
        Assert.That(RegressionScores.Ranks([5, 1, 1, 3]), Is.EqualTo(new[] { 4, 1.5, 1.5, 3 }));
}
