using ExpertGraph.Core.Lexicon;
using ExpertGraph.Core.Names;
using ExpertGraph.Resolution.Clustering;
using ExpertGraph.Resolution.Evaluation;
using ExpertGraph.Resolution.Features;
using ExpertGraph.Resolution.Gold;
using ExpertGraph.Resolution.Model;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Resolution.Tests;

public sealed class StablePersonIdsTests
{
    private static PersonIdAssignment Assign(Dictionary<string, long> previous, params string[][] clusters)
    {
        var next = 100L;
        return StablePersonIds.Assign(previous, clusters, () => next++);
    }

    [Test]
    public void An_unchanged_clustering_keeps_every_id() =>
        Assert.That(Assign(new() { ["a"] = 1, ["b"] = 1, ["c"] = 2 }, ["a", "b"], ["c"]).Ids, Is.EqualTo(new long[] { 1, 2 }));

    [Test]
    public void A_split_keeps_the_id_on_the_part_with_most_of_the_mentions()
    {
        var result = Assign(new() { ["a"] = 1, ["b"] = 1, ["c"] = 1, ["d"] = 1, ["e"] = 1 }, ["d", "e"], ["a", "b", "c"]);

        Assert.That((result.Ids, result.Redirects), Is.EqualTo((new long[] { 100, 1 }, new Dictionary<long, long>())));
    }

    [Test]
    public void A_merge_keeps_the_id_it_holds_more_of_and_redirects_the_other()
    {
        var result = Assign(new() { ["a"] = 1, ["b"] = 1, ["c"] = 2, ["d"] = 2, ["e"] = 2 }, ["a", "b", "c", "d", "e"]);

        Assert.That((result.Ids, result.Redirects), Is.EqualTo((new long[] { 2 }, new Dictionary<long, long> { [1] = 2 })));
    }

    [Test]
    public void An_even_split_keeps_no_id_and_new_mentions_get_new_persons()
    {
        var result = Assign(new() { ["a"] = 7, ["b"] = 7, ["c"] = 7, ["d"] = 7 }, ["a", "b"], ["c", "d"], ["new"]);

        Assert.That((result.Ids, result.Redirects), Is.EqualTo((new long[] { 100, 101, 102 }, new Dictionary<long, long> { [7] = 100 })));
    }

    [Test]
    public void Reresolving_held_out_aminer_names_after_their_newest_fifth_arrives_keeps_most_ids()
    {
        var gold = PreparedGold.Prepare(GoldSetReader.Read(SharedData.Path("disambiguation/aminer-na-110names")),
            new MentionProfiler(PersonNameKeys.Load(), LexiconLoader.Load()));
        var clusterer = ResolutionModel.Load().Clusterer();
        long next = 1, kept = 0, followed = 0, before = 0, same = 0;
        foreach (var block in gold.Blocks.Where(b => b.HeldOut))
        {
            var order = Enumerable.Range(0, block.Profiles.Count).OrderBy(i => block.Profiles[i].Year ?? int.MaxValue)
                .ThenBy(i => block.Profiles[i].Id, StringComparer.Ordinal).ToList();
            var older = order.Take((int)(order.Count * 0.8)).ToList();
            var first = Clusters(block, older, clusterer);
            var firstIds = StablePersonIds.Assign(new Dictionary<string, long>(), first, () => next++).Ids;
            var previous = first.SelectMany((c, k) => c.Select(m => (m, firstIds[k]))).ToDictionary(x => x.m, x => x.Item2);
            var again = StablePersonIds.Assign(previous, Clusters(block, older, clusterer), () => next++).Ids;
            same += again.Count(id => firstIds.Contains(id)) == firstIds.Count ? older.Count : 0;
            var second = Clusters(block, order, clusterer);
            var assignment = StablePersonIds.Assign(previous, second, () => next++);
            var now = second.SelectMany((c, k) => c.Select(m => (m, assignment.Ids[k]))).ToDictionary(x => x.m, x => x.Item2);
            kept += previous.Count(p => now[p.Key] == p.Value);
            followed += previous.Count(p => now[p.Key] == p.Value || assignment.Redirects.GetValueOrDefault(p.Value) == now[p.Key]);
            before += previous.Count;
        }

        TestContext.Out.WriteLine($"{kept} of {before} kept their id, {followed} kept it or follow its redirect");
        Assert.Multiple(() =>
        {
            // Re-running resolution on the same mentions keeps every id (the issue asks for 99%).
            Assert.That(same, Is.EqualTo(before));
            // With a fifth of new mentions, new evidence joins or splits some persons: their old ids are retired and
            // redirected. Figures in benchmarks/RESULTS.md; this is a quality gate.
            Assert.That((double)followed / before, Is.GreaterThanOrEqualTo(0.95), $"{followed} of {before} mentions keep or follow their person id");
        });
    }

    private static List<IReadOnlyList<string>> Clusters(GoldBlock block, List<int> members, BlockClusterer clusterer)
    {
        var profiles = members.Select(i => block.Profiles[i]).ToList();
        var labels = clusterer.Cluster(profiles, block.Statistics);
        return Enumerable.Range(0, labels.Length == 0 ? 0 : labels.Max() + 1)
            .Select(k => (IReadOnlyList<string>)Enumerable.Range(0, labels.Length).Where(i => labels[i] == k).Select(i => profiles[i].Id).ToList())
            .ToList();
    }
}
