using ExpertGraph.Graph.Analysis;

namespace ExpertGraph.Graph.Tests.Analysis;

/// <summary>
/// The SNAP collaboration graphs against shared/data/graphs/snap-published-stats/snap_ca_stats.tsv: nodes, edges
/// (self loops included, as SNAP counts them), largest component, and its exact diameter. Diameters are the exact
/// values recomputed there with networkx; each is at least SNAP's published figure (a lower bound from sampling).
/// </summary>
[TestFixture]
public sealed class SnapStatisticsTests
{
    private static readonly object[] Published =
    [
        new object[] { SnapGraphs.GrQc, 5242, 14496L, 4158, 13428L, 17 },
        new object[] { SnapGraphs.HepTh, 9877, 25998L, 8638, 24827L, 18 },
        new object[] { SnapGraphs.HepPh, 12008, 118521L, 11204, 117649L, 13 },
        new object[] { SnapGraphs.CondMat, 23133, 93497L, 21363, 91342L, 15 },
        new object[] { SnapGraphs.AstroPhLargestComponent, 17903, 197031L, 17903, 197031L, 14 },
    ];

    [TestCaseSource(nameof(Published))]
    public void Compute_SnapGraph_MatchesThePublishedStatistics(string file, int nodes, long edgesWithLoops, int lccNodes, long lccEdgesWithLoops, int diameter)
    {
        var statistics = GraphStatistics.Compute(SnapGraphs.Load(file));

        Assert.That(statistics.Nodes, Is.EqualTo(nodes));
        Assert.That(statistics.Edges + statistics.SelfLoops, Is.EqualTo(edgesWithLoops));
        Assert.That(statistics.LargestComponentNodes, Is.EqualTo(lccNodes));
        Assert.That(statistics.LargestComponentEdges, Is.EqualTo(lccEdgesWithLoops));
        Assert.That(statistics.Diameter, Is.EqualTo(new Diameter(diameter, true, statistics.Diameter.Searches)));
        Assert.That(statistics.Diameter.Searches, Is.LessThan(nodes / 10), "bounding should need far fewer searches than nodes");
    }

    [Test]
    public void Compute_GrQc_SelfLoopsAsInTheNetworkxRecount()
    {
        // stats_part1.jsonl: "selfloops": 12, "lcc_edges_simple": 13422.
        var statistics = GraphStatistics.Compute(SnapGraphs.Load(SnapGraphs.GrQc));

        Assert.That(statistics.SelfLoops, Is.EqualTo(12));
        Assert.That(statistics.LargestComponentEdges - statistics.LargestComponentSelfLoops, Is.EqualTo(13422));
    }

    [Test]
    public void Compute_Sampled_IsALowerBoundOfTheExactDiameter()
    {
        var graph = SnapGraphs.Load(SnapGraphs.GrQc);

        var sampled = GraphStatistics.Compute(graph, sample: 5).Diameter;

        Assert.That(sampled.IsExact, Is.False);
        Assert.That(sampled.Value, Is.InRange(1, 17));
        Assert.That(sampled.ToString(), Is.EqualTo($">= {sampled.Value}"));
    }

    [Test]
    public void Compute_PathAndCycle_KnownDiameters()
    {
        var path = new GraphBuilder();
        for (var i = 0; i < 10; i++) path.AddEdge(i, i + 1);
        var cycle = new GraphBuilder();
        for (var i = 0; i < 10; i++) cycle.AddEdge(i, (i + 1) % 10);
        var twoParts = new GraphBuilder();
        twoParts.AddEdge(1, 2);
        twoParts.AddEdge(3, 4);
        twoParts.AddEdge(4, 5);

        Assert.That(GraphStatistics.Compute(path.Build()).Diameter.Value, Is.EqualTo(10));
        Assert.That(GraphStatistics.Compute(cycle.Build()).Diameter.Value, Is.EqualTo(5));
        var parts = GraphStatistics.Compute(twoParts.Build());
        Assert.That((parts.Components, parts.LargestComponentNodes, parts.LargestComponentEdges, parts.Diameter.Value), Is.EqualTo((2, 3, 2L, 2)));
    }
}
