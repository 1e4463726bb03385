using ExpertGraph.Query.Growth;
using ExpertGraph.Search.Growth;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Integration.Tests.Growth;

/// <summary>
/// The growth models in models/growth against the csrankings per-year counts they were trained on: retraining with the
/// recorded command reproduces the recorded held-out figures, and the shipped model predicts with an interval and drivers.
/// </summary>
[TestFixture]
public sealed class ShippedGrowthModelTests
{
    private static string ModelFolder => Path.Combine(AppContext.BaseDirectory, "models", "growth");

    [Test]
    public void Retraining_OnCsRankings_ReproducesTheRecordedHeldOutFigures()
    {
        var shipped = GrowthModelSet.Load(ModelFolder);
        var history = CsRankingsHistory.Read(SharedData.Path("graphs/csrankings"));

        var result = GrowthBacktest.Run(history, history.LastCompleteYear(), shipped.Info.Horizon, shipped.Info.Seed);

        Assert.That(shipped.Info.Command, Does.StartWith("expertgraph eval growth --source csrankings"));
        Assert.That((result.Year, result.Horizon), Is.EqualTo((shipped.Info.Year, shipped.Info.Horizon)));
        Assert.That(result.Targets, Is.EqualTo(shipped.Info.HeldOut));
        foreach (var model in result.Models) model.Dispose();
    }

    [Test]
    public void ShippedModel_Predicts_NeverBelowTheCurrentValueWithAnIntervalAndEveryFeatureAsADriver()
    {
        var shipped = GrowthModelSet.Load(ModelFolder);
        var works = shipped.For(GrowthTarget.Works)!;
        var features = new float[GrowthFeatures.Count];
        features[GrowthFeatures.Names.ToList().IndexOf("works")] = 20;
        features[GrowthFeatures.Names.ToList().IndexOf("works_last_3y")] = 9;

        var prediction = works.Predict(1, features, current: 20);

        Assert.Multiple(() =>
        {
            Assert.That(shipped.For(GrowthTarget.HIndex), Is.Null, "csrankings gives no citations: no h-index model");
            Assert.That(prediction.Predicted, Is.GreaterThanOrEqualTo(20));
            Assert.That(prediction.Low, Is.LessThanOrEqualTo(prediction.Predicted).And.GreaterThanOrEqualTo(20));
            Assert.That(prediction.High - prediction.Predicted, Is.EqualTo(works.IntervalWidth).Within(1e-9));
            Assert.That(prediction.Drivers.Select(d => d.Feature), Is.EquivalentTo(GrowthFeatures.Names));
        });
    }
}
