namespace ExpertGraph.Graph.Tests;

[TestFixture]
public sealed class EdgeListReaderTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => Directory.CreateDirectory(_folder = Path.Combine(Path.GetTempPath(), "eg-edges-" + Guid.NewGuid().ToString("N")));

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Read_CommentsBothDirectionsAndExtraColumns_OneUndirectedEdgePerPair()
    {
        var file = Write("# SNAP header\n% konect header\n10\t20\n20\t10\n20 30 1.5\n\n30,40\n7 7\n");

        var graph = EdgeListReader.Read(file);

        Assert.That((graph.NodeCount, graph.EdgeCount, graph.SelfLoopCount), Is.EqualTo((5, 3L, 1L)));
        Assert.That(graph.TryGetNode(20, out var twenty), Is.True);
        Assert.That(graph.TryGetNode(30, out var thirty), Is.True);
        Assert.That(graph.KindsBetween(twenty, thirty), Is.EqualTo(EdgeKinds.Paper));
        Assert.That(graph.Neighbors(twenty).ToArray().Select(graph.IdOf), Is.EquivalentTo(new long[] { 10, 30 }));
    }

    [Test]
    public void Read_BadLine_NamesFileAndLine()
    {
        var file = Write("1 2\n2 three\n");

        var error = Assert.Throws<EdgeListException>(() => EdgeListReader.Read(file));

        Assert.That(error!.Message, Does.StartWith(file + ":2:").And.Contain("2 three"));
    }

    [Test]
    public void Read_MissingFile_SaysSo()
    {
        var missing = Path.Combine(_folder, "none.txt");

        Assert.That(() => EdgeListReader.Read(missing), Throws.TypeOf<EdgeListException>().With.Message.EqualTo(missing + ": no such file"));
    }

    private string Write(string text)
    {
        var path = Path.Combine(_folder, "edges.txt");
        File.WriteAllText(path, text);
        return path;
    }
}
