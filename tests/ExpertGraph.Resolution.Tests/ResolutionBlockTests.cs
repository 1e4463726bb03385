using ExpertGraph.Core.Names;
using ExpertGraph.Resolution.Evaluation;
using ExpertGraph.Resolution.Features;
using ExpertGraph.Resolution.Gold;
using ExpertGraph.Resolution.Incremental;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Resolution.Tests;

/// <summary>
/// The incremental block's compact indexes against the batch ones they stand in for: grown mention by mention over real
/// AMiner name blocks, its rarity weights are those of <see cref="CorpusStatistics.Of"/> over the same mentions, and its
/// co-author neighbours those of <see cref="BlockContext"/> wherever no co-author reaches the batch's limit.
/// </summary>
[TestFixture]
public sealed class ResolutionBlockTests
{
    [Test]
    public void Postings_OneKeyGrowingFromOneMentionToMany_KeepsThemInOrder()
    {
        var postings = new MentionPostings<string>();
        postings.Add("li|na", 4);
        postings.Add("wang|f", 5);

        Assert.That(postings["li|na"].Count, Is.EqualTo(1));
        Assert.That(postings["li|na"][0], Is.EqualTo(4));
        Assert.That(postings["zhao|d"].Count, Is.Zero);
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = postings["li|na"][1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = postings["zhao|d"][0]);

        postings.Add("li|na", 7);
        postings.Add("li|na", 9);

        var members = postings["li|na"];
        Assert.That(Enumerable.Range(0, members.Count).Select(i => members[i]), Is.EqualTo(new[] { 4, 7, 9 }));
        Assert.That(postings["wang|f"][0], Is.EqualTo(5));
    }

    [Test]
    public void Postings_ManyKeysGrowingUnevenly_ReadAsListsWouldThroughMovesAndCompactions()
    {
        // Keys drawn unevenly (a few carry hundreds of mentions, most one or two), so that segments move, leave room
        // behind, and the shared array is compacted more than once; checked against plain lists as it grows.
        var postings = new MentionPostings<int>();
        var lists = new Dictionary<int, List<int>>();
        var random = new Random(7);
        for (var mention = 0; mention < 20_000; mention++)
        {
            // A fifth of the draws from five hot keys, the rest from 5,000.
            foreach (var key in Enumerable.Range(0, 3).Select(_ => random.Next(5) == 0 ? random.Next(5) : 5 + random.Next(5_000)).Distinct())
            {
                postings.Add(key, mention);
                (lists.TryGetValue(key, out var list) ? list : lists[key] = []).Add(mention);
            }

            if (mention % 4_999 != 0 && mention != 19_999) continue;
            foreach (var (key, list) in lists)
            {
                var members = postings[key];
                Assert.That(Enumerable.Range(0, members.Count).Select(i => members[i]), Is.EqualTo(list), $"key {key} after mention {mention}");
            }
        }

        Assert.That(postings.Segments, Is.EqualTo(lists.Count(l => l.Value.Count > 1)));
        Assert.That(postings.Compactions, Is.GreaterThan(1));
        Assert.That(lists.Values.Max(l => l.Count), Is.GreaterThan(1_000), "some key grew through several moves");
        Assert.That(postings[-1].Count, Is.Zero);
    }

    [Test]
    public void Block_GrownFromRealAminerNames_WeighsAndLinksAsTheBatchContext()
    {
        var sets = GoldSetReader.Read(SharedData.Path("disambiguation/aminer-na-110names"));
        var gold = PreparedGold.Prepare(sets, new MentionProfiler(PersonNameKeys.Load()));
        var checkedBlocks = 0;
        foreach (var goldBlock in gold.Blocks.Take(12))
        {
            var profiles = goldBlock.Profiles;
            var block = new ResolutionBlock();
            var person = block.AddPerson(1, []);
            foreach (var profile in profiles) block.Attach(person, profile);

            var batch = CorpusStatistics.Of(profiles);
            foreach (var key in profiles.SelectMany(p => p.Coauthors).Distinct())
                Assert.That(block.Statistics.CoauthorWeight(key), Is.EqualTo(batch.CoauthorWeight(key)), $"{goldBlock.Key}: co-author {key}");
            foreach (var token in profiles.SelectMany(p => p.TitleTokens).Distinct().Take(200))
                Assert.That(block.Statistics.TitleWeight(token), Is.EqualTo(batch.TitleWeight(token)), $"{goldBlock.Key}: title word {token}");

            var frequent = profiles.SelectMany(p => p.Coauthors).GroupBy(c => c).Any(g => g.Count() >= BlockContext.MaxMentionsPerCoauthor);
            if (frequent) continue;
            var context = BlockContext.Of(profiles);
            for (var i = 0; i < profiles.Count; i++)
                Assert.That(block.Neighbours(i), Is.EqualTo(context.Neighbours(i)), $"{goldBlock.Key}: neighbours of mention {i}");
            checkedBlocks++;
        }

        Assert.That(checkedBlocks, Is.GreaterThan(5), "blocks with no co-author on 50 mentions or more");
    }
}
