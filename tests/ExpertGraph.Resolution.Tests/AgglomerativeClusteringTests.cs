using ExpertGraph.Resolution.Clustering;

namespace ExpertGraph.Resolution.Tests;

public sealed class AgglomerativeClusteringTests
{
    // 0–1 0.9, 2–3 0.8, 1–2 0.6, every other pair 0.1.
    private static float[] Similarities()
    {
        var s = new float[16];
        for (var i = 0; i < 16; i++) s[i] = 0.1f;
        void Set(int a, int b, float v) => s[a * 4 + b] = s[b * 4 + a] = v;
        Set(0, 1, 0.9f);
        Set(2, 3, 0.8f);
        Set(1, 2, 0.6f);
        return s;
    }

    [Test]
    public void Average_linkage_stops_when_the_mean_of_member_pairs_falls_below_the_threshold() =>
        // After {0,1} and {2,3}, their average is (0.1 + 0.1 + 0.6 + 0.1) / 4 = 0.225.
        Assert.That(AgglomerativeClustering.Cluster(4, Similarities(), Linkage.Average, 0.5), Is.EqualTo(new[] { 0, 0, 1, 1 }));

    [Test]
    public void Single_linkage_chains_through_the_best_pair() =>
        Assert.That(AgglomerativeClustering.Cluster(4, Similarities(), Linkage.Single, 0.5), Is.EqualTo(new[] { 0, 0, 0, 0 }));

    [Test]
    public void Complete_linkage_needs_every_pair() =>
        Assert.That(AgglomerativeClustering.Cluster(4, Similarities(), Linkage.Complete, 0.5), Is.EqualTo(new[] { 0, 0, 1, 1 }));

    [Test]
    public void A_cannot_link_pair_keeps_its_clusters_apart_even_when_the_rest_would_chain() =>
        Assert.That(AgglomerativeClustering.Cluster(4, Similarities(), Linkage.Single, 0.5, cannotLink: [(0, 3)]), Is.EqualTo(new[] { 0, 0, 1, 1 }));

    [Test]
    public void Must_links_join_first_and_take_part_in_the_averages()
    {
        // {0,3} forced; then {0,3}–1 averages (0.9 + 0.1) / 2 = 0.5, {0,3}–2 (0.1 + 0.8) / 2 = 0.45, 1–2 0.6.
        Assert.Multiple(() =>
        {
            Assert.That(AgglomerativeClustering.Cluster(4, Similarities(), Linkage.Average, 0.95, mustLink: [(0, 3)]), Is.EqualTo(new[] { 0, 1, 2, 0 }));
            Assert.That(AgglomerativeClustering.Cluster(4, Similarities(), Linkage.Average, 0.55, mustLink: [(0, 3)]), Is.EqualTo(new[] { 0, 1, 1, 0 }));
        });
    }

    [Test]
    public void A_must_link_never_overrides_a_cannot_link() =>
        Assert.That(AgglomerativeClustering.Cluster(4, Similarities(), Linkage.Average, 0.95, cannotLink: [(0, 3)], mustLink: [(0, 3)]),
            Is.EqualTo(new[] { 0, 1, 2, 3 }));

    [Test]
    public void Larger_random_blocks_give_the_same_partition_as_a_naive_search()
    {
        var random = new Random(7);
        for (var round = 0; round < 20; round++)
        {
            var n = random.Next(2, 40);
            var s = new float[n * n];
            for (var i = 0; i < n; i++)
            {
                for (var j = i + 1; j < n; j++) s[i * n + j] = s[j * n + i] = (float)random.NextDouble();
            }

            foreach (var linkage in new[] { Linkage.Average, Linkage.Single, Linkage.Complete })
                Assert.That(AgglomerativeClustering.Cluster(n, s, linkage, 0.6), Is.EqualTo(Naive(n, s, linkage, 0.6)), $"round {round}, {linkage}");
        }
    }

    /// <summary>Textbook O(n³) agglomeration over explicit member lists: the reference.</summary>
    private static int[] Naive(int n, float[] s, Linkage linkage, double threshold)
    {
        var clusters = Enumerable.Range(0, n).Select(i => new List<int> { i }).ToList();
        while (true)
        {
            var (best, bi, bj) = (double.NegativeInfinity, -1, -1);
            for (var i = 0; i < clusters.Count; i++)
            {
                for (var j = i + 1; j < clusters.Count; j++)
                {
                    var values = clusters[i].SelectMany(a => clusters[j].Select(b => (double)s[a * n + b])).ToList();
                    var v = linkage switch { Linkage.Single => values.Max(), Linkage.Complete => values.Min(), _ => values.Average() };
                    if (v > best + 1e-12) (best, bi, bj) = (v, i, j);
                }
            }

            if (bi < 0 || best < threshold) break;
            clusters[bi].AddRange(clusters[bj]);
            clusters.RemoveAt(bj);
        }

        var labels = new int[n];
        var ordered = clusters.OrderBy(c => c.Min()).ToList();
        for (var k = 0; k < ordered.Count; k++)
        {
            foreach (var i in ordered[k]) labels[i] = k;
        }

        return labels;
    }
}
