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
    public void Compacted_RealAminerName_SamePairFeaturesSharedStringsSlimSignature()
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
            Assert.That(full.Any(p => p.Signature.Title is not null && p.Signature.Coauthors.Count > 0), "the full profiles keep their texts");
            Assert.That(compacted.All(p => p.Signature is { Title: null, Coauthors.Count: 0, Affiliations.Count: 0, Concepts.Count: 0 }));
            Assert.That(compacted.Select(p => p.Signature.WorkId), Is.EqualTo(full.Select(p => p.Signature.WorkId)));
            // "the" or "of" in many titles: one string for all of them.
            var tokens = compacted.SelectMany(p => p.TitleTokens).GroupBy(t => t).First(g => g.Count() > 1).ToList();
            Assert.That(tokens.All(t => ReferenceEquals(t, tokens[0])));
            Assert.That(pool.Count, Is.LessThan(compacted.Sum(p => p.TitleTokens.Length + p.Coauthors.Length + p.AffiliationTokens.Length)));
        });
    }
}
