using ExpertGraph.Graph.Paths;

namespace ExpertGraph.Graph.Tests.Paths;

/// <summary>Yen's k shortest simple paths checked against enumerating every simple path of small graphs.</summary>
[TestFixture]
public sealed class ShortestPathsTests
{
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void ShortestPaths_RandomSmallGraphs_LengthsEqualTheKSmallestOfAllSimplePaths(int seed)
    {
        var random = new Random(seed);
        var builder = new GraphBuilder();
        for (var i = 0; i < 12; i++) builder.AddNode(i);
        for (var i = 0; i < 26; i++) builder.AddEdge(random.Next(12), random.Next(12));
        var graph = builder.Build();
        var finder = new PathFinder(graph);
        for (var target = 1; target < graph.NodeCount; target++)
        {
            var all = AllSimplePaths(graph, 0, target, PathOptions.HopLimit);

            var found = finder.ShortestPaths([0], target, 6);

            Assert.That(found.Select(p => p.Hops), Is.EqualTo(all.Select(p => p.Count - 1).Order().Take(6)), $"0 → {target}");
            Assert.That(found.Select(p => string.Join('-', p.Nodes)), Is.Unique);
            foreach (var path in found) FewestHopsTests.AssertIsPath(graph, path, [0], target);
        }
    }

    [Test]
    public void ShortestPaths_GrQcPairs_FirstIsAFewestHopPathAndLengthsNeverDecrease()
    {
        var graph = SnapGraphs.Load(SnapGraphs.GrQc);
        var finder = new PathFinder(graph);
        var random = new Random(3);
        for (var i = 0; i < 40; i++)
        {
            var source = random.Next(graph.NodeCount);
            var target = random.Next(graph.NodeCount);
            var fewest = finder.FewestHops([source], target);

            var paths = finder.ShortestPaths([source], target, 5);

            Assert.That(paths.FirstOrDefault()?.Hops, Is.EqualTo(fewest?.Hops));
            Assert.That(paths.Select(p => p.Hops), Is.Ordered);
            Assert.That(paths.Select(p => string.Join('-', p.Nodes)), Is.Unique);
            foreach (var path in paths) FewestHopsTests.AssertIsPath(graph, path, [source], target);
        }
    }

    [Test]
    public void ShortestPaths_SeveralSources_NoPathPassesThroughASecondSource()
    {
        // Sources 1 and 2; 1 reaches the target 9 only through 2 (1–2–9) or the long way (1–3–4–9).
        var builder = new GraphBuilder();
        builder.AddEdge(1, 2);
        builder.AddEdge(2, 9);
        builder.AddEdge(1, 3);
        builder.AddEdge(3, 4);
        builder.AddEdge(4, 9);
        var graph = builder.Build();
        var finder = new PathFinder(graph);
        int Node(long id) => graph.TryGetNode(id, out var node) ? node : -1;

        var paths = finder.ShortestPaths([Node(1), Node(2)], Node(9), 5);

        Assert.That(paths.Select(p => string.Join('-', p.Nodes.Select(graph.IdOf))), Is.EqualTo(new[] { "2-9", "1-3-4-9" }));
    }

    private static List<List<int>> AllSimplePaths(CollaborationGraph graph, int source, int target, int maxHops)
    {
        var paths = new List<List<int>>();
        var current = new List<int> { source };
        void Walk(int node)
        {
            if (node == target)
            {
                paths.Add([.. current]);
                return;
            }

            if (current.Count > maxHops) return;
            foreach (var next in graph.Neighbors(node))
            {
                if (current.Contains(next)) continue;
                current.Add(next);
                Walk(next);
                current.RemoveAt(current.Count - 1);
            }
        }

        Walk(source);
        return paths;
    }
}
