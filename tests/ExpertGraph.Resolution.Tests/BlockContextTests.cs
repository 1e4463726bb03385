using ExpertGraph.Core.Names;
using ExpertGraph.Resolution.Features;

namespace ExpertGraph.Resolution.Tests;

public sealed class BlockContextTests
{
    private static readonly MentionProfiler Profiler = new(PersonNameKeys.Load());

    private static MentionProfile Mention(string id, params string[] coauthors) =>
        Profiler.Profile(new MentionSignature(id, "Jing Zhang") { WorkId = id, Coauthors = coauthors });

    [Test]
    public void Mentions_sharing_a_coauthor_are_neighbours_and_chains_count_as_common_neighbours()
    {
        // 0 and 1 share Ann Lee, 1 and 2 share Bo Chen, 3 shares nobody: groups {0, 1, 2} and {3}.
        var block = new[] { Mention("w0", "Ann Lee", "Cy Dow"), Mention("w1", "Ann Lee", "Bo Chen"), Mention("w2", "Bo Chen"), Mention("w3", "Xi Wu") };
        var context = BlockContext.Of(block);

        Assert.Multiple(() =>
        {
            Assert.That(context.Neighbours(0), Is.EqualTo(new[] { 1 }));
            Assert.That(context.Neighbours(1), Is.EqualTo(new[] { 0, 2 }));
            Assert.That(context.Neighbours(3), Is.Empty);
            Assert.That(context.CommonNeighbours(0, 2), Is.EqualTo(1), "mention 1 links both");
            Assert.That(context.CommonNeighbours(0, 1), Is.Zero, "the two themselves do not count");
            Assert.That(context.CommonNeighbours([0], [2, 3]), Is.EqualTo(1));
            Assert.That(context.Fragmentation, Is.EqualTo(2 / 4f));
        });
    }

    [Test]
    public void A_coauthor_on_too_many_mentions_links_nobody()
    {
        var block = Enumerable.Range(0, BlockContext.MaxMentionsPerCoauthor + 1).Select(i => Mention("w" + i, "Wei Wang")).ToList();

        Assert.That(BlockContext.Of(block).Fragmentation, Is.EqualTo(1f));
    }
}
