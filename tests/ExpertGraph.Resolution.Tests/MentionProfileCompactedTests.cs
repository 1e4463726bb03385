using ExpertGraph.Core.Lexicon;
using ExpertGraph.Core.Names;
using ExpertGraph.Resolution.Features;
using ExpertGraph.Resolution.Gold;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Resolution.Tests;

/// <summary>A compacted profile (what the ingest-time block cache keeps) scores every pair exactly as the full one.</summary>
public sealed class MentionProfileCompactedTests
{
    [Test]
    public void Compacted_RealAminerName_SamePairFeaturesSharedStrings()
    {
        var set = GoldSetReader.Read(SharedData.Path("disambiguation/aminer-na-110names")).First(s => s.Mentions.Count >= 40);
        var profiler = new MentionProfiler(PersonNameKeys.Load(), LexiconLoader.Load());
        var full = set.Mentions.Take(40).Select(m => profiler.Profile(m.Signature)).ToList();
        var pool = new StringPool();
        var compacted = full.Select(p => p.Compacted(pool)).ToList();
        var statistics = new CorpusStatistics();
        foreach (var profile in full) statistics.Add(profile);

        for (var i = 0; i < full.Count; i++)
        {
            for (var j = i + 1; j < full.Count; j++)
                Assert.That(PairFeatures.Compute(compacted[i], compacted[j], statistics), Is.EqualTo(PairFeatures.Compute(full[i], full[j], statistics)), $"{i}, {j}");
        }

        Assert.Multiple(() =>
        {
            Assert.That(compacted.Select(p => (p.Id, p.Name, p.WorkId)), Is.EqualTo(full.Select(p => (p.Id, p.Name, p.WorkId))));
            Assert.That(compacted.Select(p => p.Id), Is.EqualTo(set.Mentions.Take(40).Select(m => m.Signature.Id)));
            // Words in many titles and shared co-authors: one number (and one text) for each, whatever the count of mentions.
            Assert.That(compacted.All(p => ReferenceEquals(p.Tokens, profiler.Tokens)));
            Assert.That(compacted.SelectMany(p => p.TitleTokens).GroupBy(t => t).Any(g => g.Count() > 1));
            Assert.That(profiler.Tokens.Count, Is.LessThan(compacted.Sum(p => p.TitleTokens.Length + p.Coauthors.Length + p.AffiliationTokens.Length)));
            // The name keys, institutions and venues go through the pool: one string for the block key of all 40.
            Assert.That(compacted.All(p => ReferenceEquals(p.BlockingKey, compacted[0].BlockingKey)));
        });
    }

    [Test]
    public void Lean_RealAminerName_SamePairFeaturesAsCompactedWithTheIdsItIsGiven()
    {
        var set = GoldSetReader.Read(SharedData.Path("disambiguation/aminer-na-110names")).First(s => s.Mentions.Count >= 40);
        var profiler = new MentionProfiler(PersonNameKeys.Load(), LexiconLoader.Load());
        var full = set.Mentions.Take(40).Select(m => profiler.Profile(m.Signature)).ToList();
        var lean = full.Select(p => p.Lean("unwritten", null)).ToList();
        var placed = lean.Select((p, i) => p.Compacted(new StringPool(), full[i].Id, full[i].WorkId)).ToList();
        var statistics = new CorpusStatistics();
        foreach (var profile in full) statistics.Add(profile);

        for (var i = 0; i < full.Count; i++)
        {
            for (var j = i + 1; j < full.Count; j++)
                Assert.That(PairFeatures.Compute(placed[i], placed[j], statistics), Is.EqualTo(PairFeatures.Compute(full[i], full[j], statistics)), $"{i}, {j}");
        }

        Assert.Multiple(() =>
        {
            Assert.That(lean.All(p => p is { Id: "unwritten", WorkId: null }));
            Assert.That(lean.Select(p => p.TitleTokens), Is.EqualTo(full.Select(p => p.TitleTokens)).AsCollection);
            Assert.That(placed.Select(p => (p.Id, p.WorkId)), Is.EqualTo(full.Select(p => (p.Id, p.WorkId))));
        });
    }

    [Test]
    public void Profile_MentionsSharingOneConceptList_ShareOneUnitVectorOfTheSameValues()
    {
        var profiler = new MentionProfiler(PersonNameKeys.Load());
        KeyValuePair<int, float>[] concepts = [new(7, 2f), new(3, 1f), new(7, 1f)];
        var first = profiler.Profile(new MentionSignature("w1#1", "Wei Zhang") { Concepts = concepts });
        var second = profiler.Profile(new MentionSignature("w1#2", "Jun Li") { Concepts = concepts });
        var copy = profiler.Profile(new MentionSignature("w2#1", "Wei Zhang") { Concepts = [.. concepts] });

        Assert.That(second.Concepts, Is.SameAs(first.Concepts));
        Assert.That(copy.Concepts, Is.Not.SameAs(first.Concepts));
        Assert.That(copy.Concepts, Is.EqualTo(first.Concepts));
        // Concept 7 sums to 3, concept 3 is 1: (3, 1/√10), (7, 3/√10).
        Assert.That(first.Concepts.Select(c => c.Concept), Is.EqualTo(new[] { 3, 7 }));
        Assert.That(first.Concepts[1].Weight, Is.EqualTo((float)(3 / Math.Sqrt(10))));
    }
}
