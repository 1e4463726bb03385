namespace ExpertGraph.Graph.Tests;

[TestFixture]
public sealed class GraphSnapshotTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => Directory.CreateDirectory(_folder = Path.Combine(Path.GetTempPath(), "eg-snapshot-" + Guid.NewGuid().ToString("N")));

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void TryRead_AfterWrite_SameGraphEdgeForEdge()
    {
        var graph = SnapGraphs.Load(SnapGraphs.GrQc);
        var path = Path.Combine(_folder, "g.csr");

        GraphSnapshot.Write(graph, path, 42, 2026);
        var read = GraphSnapshot.TryRead(path, 42, 2026);

        Assert.That(read, Is.Not.Null);
        Assert.That((read!.NodeCount, read.EdgeCount, read.SelfLoopCount), Is.EqualTo((graph.NodeCount, graph.EdgeCount, graph.SelfLoopCount)));
        for (var node = 0; node < graph.NodeCount; node++)
        {
            Assert.That(read.IdOf(node), Is.EqualTo(graph.IdOf(node)));
            Assert.That(read.Neighbors(node).ToArray(), Is.EqualTo(graph.Neighbors(node).ToArray()));
        }

        Assert.That(Directory.GetFiles(_folder), Is.EqualTo(new[] { path }), "no temporary file left");
    }

    [Test]
    public void TryRead_OtherStampMissingTruncatedOrDamaged_Null()
    {
        var builder = new GraphBuilder();
        builder.AddEdge(1, 2, EdgeKinds.Paper, 0.4f);
        builder.AddEdge(2, 3, EdgeKinds.Patent, 0.9f);
        var path = Path.Combine(_folder, "g.csr");
        GraphSnapshot.Write(builder.Build(), path, 7, 2026);
        var bytes = File.ReadAllBytes(path);

        Assert.That(GraphSnapshot.TryRead(path, 8, 2026), Is.Null, "another generation");
        Assert.That(GraphSnapshot.TryRead(path, 7, 2027), Is.Null, "another reference year");
        Assert.That(GraphSnapshot.TryRead(Path.Combine(_folder, "none.csr"), 7, 2026), Is.Null);
        File.WriteAllBytes(path, bytes[..^3]);
        Assert.That(GraphSnapshot.TryRead(path, 7, 2026), Is.Null, "truncated");
        // The first target (after the 36-byte header, 3 ids and 4 offsets) pointed at node 99 of 3.
        var damaged = (byte[])bytes.Clone();
        BitConverter.GetBytes(99).CopyTo(damaged, 36 + (3 * 8) + (4 * 4));
        File.WriteAllBytes(path, damaged);
        Assert.That(GraphSnapshot.TryRead(path, 7, 2026), Is.Null, "a target out of range");
        File.WriteAllBytes(path, bytes);
        Assert.That(GraphSnapshot.TryRead(path, 7, 2026)?.StrengthBetween(1, 2), Is.EqualTo(0.9f), "the intact file reads back");
    }
}
