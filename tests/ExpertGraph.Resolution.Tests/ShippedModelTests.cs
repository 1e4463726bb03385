using ExpertGraph.Core.Lexicon;
using ExpertGraph.Core.Names;
using ExpertGraph.Resolution.Evaluation;
using ExpertGraph.Resolution.Features;
using ExpertGraph.Resolution.Gold;
using ExpertGraph.Resolution.Model;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Resolution.Tests;

/// <summary>
/// The model in models/resolution against the real gold sets: its recorded held-out scores are what it scores, they
/// meet the targets, and retraining with the recorded command reproduces them.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class ShippedModelTests
{
    private static IReadOnlyList<GoldSet> Gold() => GoldSetReader.Read(SharedData.Path("disambiguation"));

    private static MentionProfiler Profiler() => new(PersonNameKeys.Load(), LexiconLoader.Load());

    [Test]
    public void The_shipped_model_scores_what_it_records_and_meets_the_targets_on_held_out_names()
    {
        var gold = Gold();
        var model = ResolutionModel.Load();

        var scores = ResolutionBenchmark.Summaries(ResolutionBenchmark.Evaluate(model, gold, Profiler()));

        Assert.That(scores, Is.EqualTo(model.Info.HeldOut), "model.json records what the model scores");
        var aminer = scores.Single(s => s.Set == "aminer");
        var inventors = scores.Single(s => s.Set == ResolutionBenchmark.PooledInventors);
        Assert.Multiple(() =>
        {
            Assert.That(aminer.BCubedF1, Is.GreaterThanOrEqualTo(0.90), "AMiner held-out names, B-cubed F1");
            Assert.That(inventors.BCubedF1, Is.GreaterThanOrEqualTo(0.90), "PatentsView inventor sets pooled, B-cubed F1");
            Assert.That(aminer.Mentions, Is.GreaterThan(1000), "a third of AMiner's 5,086 mentions is held out");
        });
    }

    [Test]
    [Category("Slow")]
    public void Retraining_with_the_recorded_command_reproduces_the_shipped_scores()
    {
        var shipped = ResolutionModel.Load().Info;

        var (model, heldOut) = ResolutionBenchmark.Train(Gold(), Profiler());

        Assert.Multiple(() =>
        {
            Assert.That((model.Info.Linkage, model.Info.Threshold, model.Info.ClusterThreshold),
                Is.EqualTo((shipped.Linkage, shipped.Threshold, shipped.ClusterThreshold)));
            Assert.That((model.Info.TrainingPairs, model.Info.PositivePairs, model.Info.ClusterPairs),
                Is.EqualTo((shipped.TrainingPairs, shipped.PositivePairs, shipped.ClusterPairs)));
            Assert.That(ResolutionBenchmark.Summaries(heldOut), Is.EqualTo(shipped.HeldOut));
        });
    }
}
