using ExpertGraph.Resolution.Features;

namespace ExpertGraph.Resolution.Tests;

/// <summary>The numbers profiles keep their sets in: one per text, first seen first, readable from any thread.</summary>
[TestFixture]
public sealed class TokenTableTests
{
    [Test]
    public void IdOf_TextsInTurn_NumbersEachDistinctTextOnceInTheOrderFirstSeen()
    {
        var tokens = new TokenTable();

        Assert.That(tokens.IdOf("speech"), Is.EqualTo(0));
        Assert.That(tokens.IdOf("li|na"), Is.EqualTo(1));
        Assert.That(tokens.IdOf("speech"), Is.EqualTo(0));
        Assert.That(tokens.IdOf("清华".AsSpan()), Is.EqualTo(2));
        Assert.That(tokens.IdOf("li|na".AsSpan()), Is.EqualTo(1));
        Assert.That(tokens.IdsOf(["清华", "deep", "speech"]), Is.EqualTo(new[] { 2, 3, 0 }));
        Assert.That(tokens.Count, Is.EqualTo(4));
        Assert.That(tokens.TextsOf([3, 2, 1, 0]), Is.EqualTo(new[] { "deep", "清华", "li|na", "speech" }));
    }

    [Test]
    public void IdsOf_TextsLaidEndToEnd_NumbersThemAsOneByOneWould()
    {
        var tokens = new TokenTable();
        tokens.IdOf("speech");
        var chars = "li|nadeep清华speech";

        var ids = tokens.IdsOf(chars, [5, 9, 11, 17]);

        Assert.That(ids, Is.EqualTo(new[] { 1, 2, 3, 0 }));
        Assert.That(tokens.TextsOf(ids), Is.EqualTo(new[] { "li|na", "deep", "清华", "speech" }));
        Assert.That(tokens.IdsOf(chars, []), Is.Empty);
        Assert.That(tokens.IdsOf("", [0]), Is.EqualTo(new[] { tokens.IdOf("") }), "an empty text is a text");
    }

    [Test]
    public void TextOf_IdTheTableNeverGave_Throws()
    {
        var tokens = new TokenTable();
        tokens.IdOf("speech");

        Assert.Throws<ArgumentOutOfRangeException>(() => tokens.TextOf(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => tokens.TextOf(-1));
    }

    [Test]
    public void IdOf_FourThreadsNumberingOverlappingTextsPastSeveralChunks_OneIdPerTextAndEveryIdReadsBack()
    {
        var tokens = new TokenTable();
        // 40,000 texts (more than two chunks of the table), each thread in its own order, all threads reading back as they go.
        var texts = Enumerable.Range(0, 40_000).Select(i => $"word{i}").ToArray();
        var seen = new int[4][];
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, thread =>
        {
            var order = thread % 2 == 0 ? texts : [.. texts.Reverse()];
            var ids = new int[texts.Length];
            foreach (var text in order)
            {
                var id = tokens.IdOf(text);
                Assert.That(tokens.TextOf(id), Is.EqualTo(text));
                ids[int.Parse(text.AsSpan(4), System.Globalization.CultureInfo.InvariantCulture)] = id;
            }

            seen[thread] = ids;
        });

        Assert.That(tokens.Count, Is.EqualTo(texts.Length));
        Assert.That(seen.Skip(1), Has.All.EqualTo(seen[0]));
        Assert.That(seen[0].Distinct().Count(), Is.EqualTo(texts.Length));
        Assert.That(tokens.TextsOf(seen[0]), Is.EqualTo(texts));
    }

    [Test]
    public void PairFeatures_LargeCoauthorSets_CountWhatTheyShare()
    {
        // Forty co-authors each, five in common: past the length searched element by element, through the sorted copy.
        var tokens = new TokenTable();
        var a = Profile(tokens, Enumerable.Range(0, 40).Select(i => $"a{i:D2}|x").Concat(Shared));
        var b = Profile(tokens, Enumerable.Range(0, 40).Select(i => $"b{i:D2}|y").Concat(Shared));

        var features = PairFeatures.Compute(a, b, CorpusStatistics.Of([a, b]));

        var names = PairFeatures.Names.ToList();
        Assert.That(features[names.IndexOf("coauthors_shared")], Is.EqualTo(5));
        Assert.That(features[names.IndexOf("coauthor_jaccard")], Is.EqualTo(5f / 85));
        // Each shared key is carried by both mentions: weight ln(1 + 2/2) apiece.
        Assert.That(features[names.IndexOf("coauthor_rarity")], Is.EqualTo((float)(5 * Math.Log(2))).Within(1e-6));
    }

    [Test]
    public void PairFeatures_ProfilesOfTwoTables_AreNotCompared()
    {
        var a = Profile(new TokenTable(), Shared);
        var b = Profile(new TokenTable(), Shared);

        Assert.That(() => PairFeatures.Compute(a, b, CorpusStatistics.Of([a])), Throws.ArgumentException.With.Message.Contains("two token tables"));
    }

    private static readonly string[] Shared = ["chen|li", "he|kaiming", "sun|jian", "wang|wei", "zhou|tao"];

    /// <summary>A profile of these co-author keys, in their ordinal order as the profiler keeps them.</summary>
    private static MentionProfile Profile(TokenTable tokens, IEnumerable<string> coauthors) => new()
    {
        Id = "1#0",
        Name = "Li Na",
        Tokens = tokens,
        BlockingKey = "li|n",
        Coauthors = tokens.IdsOf([.. coauthors.Order(StringComparer.Ordinal)]),
    };
}
