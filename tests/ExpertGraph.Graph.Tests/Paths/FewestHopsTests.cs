using ExpertGraph.Graph.Analysis;
using ExpertGraph.Graph.Paths;

namespace ExpertGraph.Graph.Tests.Paths;

/// <summary>Fewest-hop paths checked against a plain breadth-first search on real co-authorship graphs.</summary>
[TestFixture]
public sealed class FewestHopsTests
{
    [TestCase(SnapGraphs.GrQc, 400)]
    [TestCase(SnapGraphs.AstroPhLargestComponent, 300)]
    [TestCase(SnapGraphs.CondMat, 200)]
    public void FewestHops_RandomPairs_HopCountEqualsPlainBreadthFirstSearch(string file, int pairs)
    {
        var graph = SnapGraphs.Load(file);
        var finder = new PathFinder(graph);
        var random = new Random(7);
        var distances = new int[graph.NodeCount];
        var found = 0;
        for (var i = 0; i < pairs; i++)
        {
            var source = random.Next(graph.NodeCount);
            var target = random.Next(graph.NodeCount);
            BreadthFirst.Distances(graph, source, distances);

            var path = finder.FewestHops([source], target);

            var expected = distances[target] is var d and >= 0 and <= PathOptions.HopLimit ? d : (int?)null;
            Assert.That(path?.Hops, Is.EqualTo(expected), $"{graph.IdOf(source)} → {graph.IdOf(target)}");
            if (path is null) continue;
            AssertIsPath(graph, path, [source], target);
            found++;
        }

        Assert.That(found, Is.GreaterThan(pairs / 2), "most random pairs of these graphs are within nine hops");
    }

    [Test]
    public void FewestHops_SeveralSources_EqualsTheNearestSourcesDistance()
    {
        var graph = SnapGraphs.Load(SnapGraphs.GrQc);
        var finder = new PathFinder(graph);
        var random = new Random(11);
        var distances = new int[graph.NodeCount];
        for (var i = 0; i < 50; i++)
        {
            var sources = Enumerable.Range(0, 5).Select(_ => random.Next(graph.NodeCount)).ToArray();
            var target = random.Next(graph.NodeCount);
            var nearest = int.MaxValue;
            foreach (var source in sources)
            {
                BreadthFirst.Distances(graph, source, distances);
                if (distances[target] >= 0) nearest = Math.Min(nearest, distances[target]);
            }

            var path = finder.FewestHops(sources, target);

            Assert.That(path?.Hops, Is.EqualTo(nearest <= PathOptions.HopLimit ? nearest : null));
            if (path is not null) AssertIsPath(graph, path, sources, target);
        }
    }

    [Test]
    public void FewestHops_MaxHopsBelowTheDistance_FindsNothing()
    {
        var line = new GraphBuilder();
        for (var i = 1; i < 8; i++) line.AddEdge(i, i + 1);
        var graph = line.Build();
        var finder = new PathFinder(graph);

        Assert.That(finder.FewestHops([0], 7, new PathOptions { MaxHops = 7 })?.Hops, Is.EqualTo(7));
        Assert.That(finder.FewestHops([0], 7, new PathOptions { MaxHops = 6 }), Is.Null);
        Assert.That(finder.FewestHops([3], 3)?.Nodes, Is.EqualTo(new[] { 3 }));
    }

    [Test]
    public void FewestHops_ExcludedKind_IsNeverUsed()
    {
        // 1 –paper– 2 –patent– 3, and a longer all-paper way 1–4–5–3.
        var builder = new GraphBuilder();
        builder.AddEdge(1, 2, EdgeKinds.Paper);
        builder.AddEdge(2, 3, EdgeKinds.Patent);
        builder.AddEdge(1, 4, EdgeKinds.Paper);
        builder.AddEdge(4, 5, EdgeKinds.Paper);
        builder.AddEdge(5, 3, EdgeKinds.Paper | EdgeKinds.Project);
        var graph = builder.Build();
        var finder = new PathFinder(graph);
        int Node(long id) => graph.TryGetNode(id, out var node) ? node : throw new AssertionException($"no node {id}");

        var any = finder.FewestHops([Node(1)], Node(3));
        var papersOnly = finder.FewestHops([Node(1)], Node(3), new PathOptions { Kinds = EdgeKinds.Paper });
        var patentsOnly = finder.FewestHops([Node(1)], Node(3), new PathOptions { Kinds = EdgeKinds.Patent });

        Assert.That(any!.Nodes.Select(graph.IdOf), Is.EqualTo(new long[] { 1, 2, 3 }));
        Assert.That(papersOnly!.Nodes.Select(graph.IdOf), Is.EqualTo(new long[] { 1, 4, 5, 3 }));
        Assert.That(patentsOnly, Is.Null);
    }

    internal static void AssertIsPath(CollaborationGraph graph, GraphPath path, IReadOnlyCollection<int> sources, int target, EdgeKinds kinds = EdgeKinds.All)
    {
        Assert.That(sources, Does.Contain(path.Source));
        Assert.That(path.Target, Is.EqualTo(target));
        Assert.That(path.Nodes, Is.Unique, "a path is simple");
        for (var i = 1; i < path.Nodes.Count; i++)
            Assert.That(graph.KindsBetween(path.Nodes[i - 1], path.Nodes[i]) & kinds, Is.Not.EqualTo(EdgeKinds.None), $"hop {i} is not an edge");
    }
}
