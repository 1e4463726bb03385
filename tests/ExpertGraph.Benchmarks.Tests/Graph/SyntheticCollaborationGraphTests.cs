using ExpertGraph.Benchmarks.Graph;
using ExpertGraph.Graph;

namespace ExpertGraph.Benchmarks.Tests.Graph;

public sealed class SyntheticCollaborationGraphTests
{
    private static readonly SyntheticGraphOptions Small = new(Persons: 2_000, Edges: 20_000, Seed: 7);

    [Test]
    public void Generate_SameSeed_GivesTheSameEdges()
    {
        var first = SyntheticCollaborationGraph.Generate(Small, out var firstSummary);
        var second = SyntheticCollaborationGraph.Generate(Small, out var secondSummary);

        Assert.That(second, Is.EqualTo(first));
        Assert.That(secondSummary, Is.EqualTo(firstSummary));
    }

    [Test]
    public void Generate_DifferentSeed_GivesDifferentEdges()
    {
        var first = SyntheticCollaborationGraph.Generate(Small, out _);
        var second = SyntheticCollaborationGraph.Generate(Small with { Seed = 8 }, out _);

        Assert.That(second, Is.Not.EqualTo(first));
    }

    [Test]
    public void Generate_TwentyThousandEdgesRequested_GivesExactlyThatManyDistinctEdgesWithoutSelfLoops()
    {
        var edges = SyntheticCollaborationGraph.Generate(Small, out var summary);

        Assert.That(edges, Has.Length.EqualTo(20_000));
        Assert.That(edges.Distinct().Count(), Is.EqualTo(20_000));
        Assert.That(edges.Count(edge => (edge >> 32) >= (edge & 0xFFFFFFFF)), Is.Zero, "each edge once, smaller id first, never a self loop");
        Assert.That(summary.Edges, Is.EqualTo(20_000));
        Assert.That(summary.Nodes, Is.EqualTo(2_000), "every person leads a paper, so none is isolated");
    }

    [Test]
    public void Generate_PowerLawProductivity_GivesAHeavyTailedDegreeSpread()
    {
        SyntheticCollaborationGraph.Generate(Small, out var summary);

        Assert.That(summary.MeanDegree, Is.EqualTo(20.0));
        Assert.That(summary.MaxDegree, Is.GreaterThan(10 * summary.MedianDegree));
    }

    [Test]
    public void Write_ReadBackWithTheEdgeListReader_GivesTheRequestedGraph()
    {
        var path = Path.Combine(Path.GetTempPath(), $"expertgraph-synthetic-{Guid.NewGuid():N}.txt");
        try
        {
            SyntheticCollaborationGraph.Write(Small, path);
            var graph = EdgeListReader.Read(path);

            Assert.That(graph.NodeCount, Is.EqualTo(2_000));
            Assert.That(graph.EdgeCount, Is.EqualTo(20_000));
            Assert.That(graph.SelfLoopCount, Is.Zero);
            Assert.That(File.ReadLines(path).Take(3).All(line => line.StartsWith('#')), Is.True);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestCase(50, 1_000, "persons must be at least 100")]
    [TestCase(1_000, 999, "edges must be at least the number of persons")]
    [TestCase(1_000, 100_000, "edges must be at most 49950")]
    public void Generate_ImpossibleSize_ThrowsNamingTheLimit(int persons, long edges, string message)
    {
        Assert.That(() => SyntheticCollaborationGraph.Generate(new SyntheticGraphOptions(persons, edges, 1), out _),
            Throws.ArgumentException.With.Message.Contains(message));
    }
}
