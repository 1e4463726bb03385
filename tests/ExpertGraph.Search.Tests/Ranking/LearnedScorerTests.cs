using ExpertGraph.Search.Ranking;

namespace ExpertGraph.Search.Tests.Ranking;

[TestFixture]
public sealed class LearnedScorerTests
{
    /// <summary>
    /// 60 queries of 40 candidates where the relevant ones are those whose field lies near the query and who wrote much:
    /// what a trained model must find again. Seeded, so the rows are the same on every run.
    /// </summary>
    private static List<(int Query, bool Relevant, ExpertEvidence Evidence)> Rows()
    {
        var random = new Random(11);
        var rows = new List<(int, bool, ExpertEvidence)>();
        for (var query = 0; query < 60; query++)
        {
            for (var candidate = 0; candidate < 40; candidate++)
            {
                var similarity = random.NextDouble();
                var works = random.Next(1, 40);
                var relevance = random.NextDouble();
                var relevant = similarity * Math.Log(1 + works) > 2.2;
                rows.Add((query, relevant, new ExpertEvidence(candidate, relevance, relevance, similarity, works, random.Next(0, 5))));
            }
        }

        return rows;
    }

    [Test]
    public void Train_RelevanceFromFieldAndVolume_ScoresRelevantCandidatesHigher()
    {
        var rows = Rows();
        using var scorer = LearnedScorer.Train(rows);

        var relevant = rows.Where(r => r.Relevant).Average(r => scorer.Score(r.Evidence));
        var other = rows.Where(r => !r.Relevant).Average(r => scorer.Score(r.Evidence));

        Assert.That(relevant, Is.GreaterThan(other + 0.5));
        Assert.That(scorer.ContributionsAdd, Is.False);
        Assert.That(scorer.FeatureImportance.Sum(), Is.EqualTo(1).Within(1e-6));
        // The relevance of matching works was noise here: the model must weigh it least of the first four.
        Assert.That(scorer.FeatureImportance[3], Is.LessThan(scorer.FeatureImportance.Take(3).Max()));
    }

    [Test]
    public void SaveAndLoad_SameScores()
    {
        var rows = Rows();
        using var scorer = LearnedScorer.Train(rows);
        var folder = Directory.CreateTempSubdirectory("eg-ranking-model-").FullName;
        try
        {
            scorer.Save(folder);
            using var loaded = LearnedScorer.Load(folder);

            foreach (var (_, _, evidence) in rows.Take(50))
                Assert.That(loaded.Score(evidence), Is.EqualTo(scorer.Score(evidence)));
            Assert.That(loaded.FeatureImportance, Is.EqualTo(scorer.FeatureImportance));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Load_ModelOfAnotherFeatureSet_SaysToRetrain()
    {
        var folder = Directory.CreateTempSubdirectory("eg-ranking-model-").FullName;
        try
        {
            // A model of an older version: saved without the input schema this version checks, and of other columns.
            var ml = new Microsoft.ML.MLContext(1);
            var data = ml.Data.LoadFromEnumerable(new[] { new OldRow { Value = 1 } });
            ml.Model.Save(Microsoft.ML.TransformExtensionsCatalog.CopyColumns(ml.Transforms, "Copy", nameof(OldRow.Value)).Fit(data), null, Path.Combine(folder, LearnedScorer.ModelFile));

            Assert.That(() => LearnedScorer.Load(folder),
                Throws.InstanceOf<ExpertGraph.Core.Model.ExpertGraphException>().With.Message.Contains("retrain it with expertgraph eval ranking --save-model"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public sealed class OldRow
    {
        public float Value { get; set; }
    }

    [Test]
    public void Load_MissingModel_SaysHowToMakeOne()
    {
        Assert.That(() => LearnedScorer.Load(Path.Combine(Path.GetTempPath(), "no-such-model-" + Guid.NewGuid().ToString("N"))),
            Throws.InstanceOf<ExpertGraph.Core.Model.ExpertGraphException>().With.Message.Contains("eval ranking --save-model"));
    }

    [Test]
    public void WeightedSum_ContributionsAddUpToTheScore()
    {
        var evidence = new ExpertEvidence(1, 3.2, 0.8, 0.6, 12, 3);
        var score = new WeightedSumScorer().Score(evidence);
        var features = new WeightedSumScorer().Explain(evidence);

        Assert.That(features.Sum(f => f.Contribution), Is.EqualTo(score).Within(1e-12));
        Assert.That(score, Is.EqualTo((0.6 * Math.Log(13)) + (0.25 * 0.8)).Within(1e-12));
    }
}
