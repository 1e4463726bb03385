using ExpertGraph.Benchmarks.Graph;
using ExpertGraph.Graph;

namespace ExpertGraph.Benchmarks.Tests.Graph;

public sealed class QueryPairsTests
{
    [Test]
    public void Draw_SameSeed_GivesTheSamePairsOfDifferentNodesOfTheGraph()
    {
        var builder = new GraphBuilder();
        for (var id = 10; id < 20; id++) builder.AddEdge(id, id + 1);
        var graph = builder.Build();

        var first = QueryPairs.Draw(graph, 50, seed: 3);
        var second = QueryPairs.Draw(graph, 50, seed: 3);

        Assert.That(second, Is.EqualTo(first));
        Assert.That(first, Has.Count.EqualTo(50));
        Assert.That(first.Count(pair => pair.Source == pair.Target), Is.Zero);
        Assert.That(first.SelectMany(pair => new[] { pair.Source, pair.Target }).Distinct().Order(), Is.SubsetOf(Enumerable.Range(10, 11).Select(id => (long)id)));
    }

    [Test]
    public void Read_LineWithOneId_ThrowsNamingFileAndLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"expertgraph-pairs-{Guid.NewGuid():N}.txt");
        try
        {
            File.WriteAllLines(path, ["1 2", "3"]);

            Assert.That(() => QueryPairs.Read(path), Throws.InstanceOf<FormatException>().With.Message.EqualTo($"{path}:2: expected two node ids, found \"3\""));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
