using ExpertGraph.Graph.Paths;

namespace ExpertGraph.Graph.Tests.Paths;

[TestFixture]
public sealed class StrongestPathTests
{
    // 1 –0.1– 2 –0.1– 5 is short but weak; 1 –0.9– 3 –0.9– 4 –0.9– 5 is longer and stronger (0.729 > 0.01).
    private static (CollaborationGraph Graph, Func<long, int> Node) Diamond()
    {
        var builder = new GraphBuilder();
        builder.AddEdge(1, 2, strength: 0.1f);
        builder.AddEdge(2, 5, strength: 0.1f);
        builder.AddEdge(1, 3, strength: 0.9f);
        builder.AddEdge(3, 4, strength: 0.9f);
        builder.AddEdge(4, 5, strength: 0.9f);
        var graph = builder.Build();
        return (graph, id => graph.TryGetNode(id, out var node) ? node : -1);
    }

    [Test]
    public void StrongestPath_StrongLongerWay_IsPreferredToTheWeakShortOne()
    {
        var (graph, node) = Diamond();
        var finder = new PathFinder(graph);

        var strongest = finder.StrongestPath([node(1)], node(5));

        Assert.That(strongest!.Nodes.Select(graph.IdOf), Is.EqualTo(new long[] { 1, 3, 4, 5 }));
        Assert.That(strongest.Strength(graph), Is.EqualTo(0.729).Within(1e-6));
        Assert.That(finder.FewestHops([node(1)], node(5))!.Hops, Is.EqualTo(2));
    }

    [Test]
    public void StrongestPath_HopLimitBelowTheStrongestPath_TakesTheStrongestWithinTheLimit()
    {
        var (graph, node) = Diamond();
        var finder = new PathFinder(graph);

        var bounded = finder.StrongestPath([node(1)], node(5), new PathOptions { MaxHops = 2 });
        var tooShort = finder.StrongestPath([node(1)], node(5), new PathOptions { MaxHops = 1 });

        Assert.That(bounded!.Nodes.Select(graph.IdOf), Is.EqualTo(new long[] { 1, 2, 5 }));
        Assert.That(tooShort, Is.Null);
    }

    [Test]
    public void GraphBuilder_SameTieTwiceAndTwoKinds_KeepsTheStrongerAndCombinesKinds()
    {
        var builder = new GraphBuilder();
        builder.AddEdge(1, 2, EdgeKinds.Paper, 0.3f);
        builder.AddEdge(2, 1, EdgeKinds.Paper, 0.5f);
        builder.AddEdge(1, 2, EdgeKinds.Patent, 0.5f);
        var graph = builder.Build();

        Assert.That(graph.EdgeCount, Is.EqualTo(1));
        Assert.That(graph.KindsBetween(0, 1), Is.EqualTo(EdgeKinds.Paper | EdgeKinds.Patent));
        Assert.That(graph.StrengthBetween(1, 0), Is.EqualTo(0.75f).Within(1e-6), "1 − (1 − 0.5)(1 − 0.5)");
    }
}
