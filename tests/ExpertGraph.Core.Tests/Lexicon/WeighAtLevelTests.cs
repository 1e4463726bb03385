namespace ExpertGraph.Core.Tests.Lexicon;

public sealed class WeighAtLevelTests
{
    private readonly ExpertGraph.Core.Lexicon.Lexicon _lexicon = SmallLexicon.Create();

    [Test]
    public void WeighAtLevel_DeeperConcepts_GiveToEachAncestorOfTheLevel()
    {
        // CNN (level 3) sits under ML and VISION (level 2): 0.5 × 0.5 to each; EUV is of the level; CS is above it; X is unknown.
        var weights = Describe(_lexicon.WeighAtLevel([("T:CNN", 0.5), ("T:EUV", 0.25), ("T:ML", 1.0), ("T:CS", 9.0), ("X:UNKNOWN", 9.0)], 2, 0.5));

        Assert.That(weights, Is.EqualTo("T:ML=1.25;T:VISION=0.25;T:EUV=0.25"));
    }

    [Test]
    public void WeighAtLevel_AnotherDecayOrLevel_IsWorkedOutForItself()
    {
        // Each (level, decay) keeps its own shares: a first call must not answer for the next.
        Assert.That(Describe(_lexicon.WeighAtLevel([("T:CNN", 1.0)], 2, 0.5)), Is.EqualTo("T:ML=0.5;T:VISION=0.5"));
        Assert.That(Describe(_lexicon.WeighAtLevel([("T:CNN", 1.0)], 2, 0.1)), Is.EqualTo("T:ML=0.1;T:VISION=0.1"));
        Assert.That(Describe(_lexicon.WeighAtLevel([("T:CNN", 1.0)], 1, 0.5)), Is.EqualTo("T:CS=0.25"));
        Assert.That(Describe(_lexicon.WeighAtLevel([("T:CNN", 1.0)], 3, 0.5)), Is.EqualTo("T:CNN=1"));
        Assert.That(Describe(_lexicon.WeighAtLevel([("T:CNN", 1.0)], 2, 0.5)), Is.EqualTo("T:ML=0.5;T:VISION=0.5"));
    }

    [Test]
    public void WeighAtLevel_ManyThreads_AgreeWithOneThread()
    {
        var lexicon = SmallLexicon.Create();
        var profile = new (string, double)[] { ("T:CNN", 0.3), ("T:NSCLC", 0.7), ("T:ALL", 0.1), ("T:EUV", 0.2) };
        var expected = Describe(SmallLexicon.Create().WeighAtLevel(profile, 1, 0.4));

        var answers = new string[64];
        Parallel.For(0, answers.Length, i => answers[i] = Describe(lexicon.WeighAtLevel(profile, 1, 0.4)));

        Assert.That(answers, Is.All.EqualTo(expected));
        Assert.That(expected, Is.EqualTo("T:CS=0.048;T:CELL=0.32;T:LITHO=0.08"));
    }

    private string Describe(Dictionary<int, double> weights) =>
        string.Join(';', weights.Select(w => $"{_lexicon.Concepts[w.Key].Id}={Math.Round(w.Value, 10).ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
}
