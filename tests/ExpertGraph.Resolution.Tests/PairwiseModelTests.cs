using ExpertGraph.Resolution.Features;
using ExpertGraph.Resolution.Model;

namespace ExpertGraph.Resolution.Tests;

public sealed class PairwiseModelTests
{
    private static List<PairExample> Examples(int count, int seed)
    {
        // Feature rows for the mechanics of training and scoring only (the real model is trained on the gold sets).
        var random = new Random(seed);
        var examples = new List<PairExample>();
        for (var i = 0; i < count; i++)
        {
            var features = Enumerable.Range(0, PairFeatures.Count).Select(_ => (float)Math.Round(random.NextDouble() * 3 - 1, 2)).ToArray();
            var same = features[0] + features[6] * 0.5 + random.NextDouble() > 1.2;
            examples.Add(new PairExample(features, same));
        }

        return examples;
    }

    private static readonly PairwiseModelOptions Small = new() { Trees = 20, Leaves = 8 };

    [Test]
    public void Direct_tree_scoring_equals_mlnet_prediction()
    {
        var model = PairwiseModel.Train(Examples(3000, 1), Small);
        foreach (var example in Examples(200, 2))
            Assert.That(model.Probability(example.Features), Is.EqualTo(model.ReferenceProbability(example.Features)).Within(1e-5));
    }

    [Test]
    public void Training_is_deterministic_and_a_saved_model_scores_the_same_after_loading()
    {
        var first = PairwiseModel.Train(Examples(3000, 1), Small);
        var second = PairwiseModel.Train(Examples(3000, 1), Small);
        var path = Path.Combine(Path.GetTempPath(), $"eg-pairwise-{Guid.NewGuid():N}.zip");
        try
        {
            first.Save(path);
            var loaded = PairwiseModel.Load(path, PairFeatures.Count);
            foreach (var example in Examples(100, 3))
            {
                Assert.That(second.Probability(example.Features), Is.EqualTo(first.Probability(example.Features)));
                Assert.That(loaded.Probability(example.Features), Is.EqualTo(first.Probability(example.Features)));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void A_file_that_is_not_a_model_is_named_in_the_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"eg-not-a-model-{Guid.NewGuid():N}.zip");
        File.WriteAllText(path, "not a zip");
        try
        {
            Assert.That(() => PairwiseModel.Load(path, PairFeatures.Count), Throws.InstanceOf<ExpertGraph.Core.Model.ExpertGraphException>().With.Message.Contains(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Training_needs_both_kinds_of_pairs() =>
        Assert.That(() => PairwiseModel.Train([new PairExample(new float[PairFeatures.Count], true)]),
            Throws.InstanceOf<ExpertGraph.Core.Model.ExpertGraphException>());
}
