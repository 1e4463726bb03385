using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Tests.Shared;
using Microsoft.Data.Sqlite;

namespace ExpertGraph.Integration.Tests.Cli;

/// <summary>The path and graph commands as a user runs them.</summary>
[TestFixture]
public sealed class PathCommandTests
{
    [Test]
    public void Path_TwoHopsApartInARealStore_PrintsTheChainWithASharedWorkOnEachHop()
    {
        using var temp = new TempDataFolder();
        var data = temp.Sub("data");
        var ingest = CliProcess.Run(["ingest", SharedData.Path("records/dblp-xml-sample/dblp-sample.xml"), "--data", data]);
        Assert.That(ingest.ExitCode, Is.Zero, ingest.Output);
        // A pair two hops apart and not linked directly, with the titles of the works on each hop, read from the store.
        using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "expertgraph.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var pair = DbRow.ReadAll(connection, """
            SELECT a.person_a AS a, a.person_b AS m, b.person_b AS b FROM collaborations a
            JOIN collaborations b ON b.person_a = a.person_b AND b.person_b <> a.person_a
            WHERE NOT EXISTS (SELECT 1 FROM collaborations d WHERE d.person_a = a.person_a AND d.person_b = b.person_b)
              AND NOT EXISTS (SELECT 1 FROM collaborations d WHERE d.person_a = b.person_b AND d.person_b = a.person_a)
            ORDER BY a.person_a, b.person_b LIMIT 1
            """).Single();
        var (from, to) = (pair.Long("a"), pair.Long("b"));

        var run = CliProcess.Run(["path", $"P{from}", $"P{to}", "--data", data]);

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(run.Output, Does.Contain("path 1 of 1: 2 hops"));
        var lines = run.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.That(lines.Count(l => l.Contains("shared work", StringComparison.Ordinal)), Is.EqualTo(2), run.Output);
        Assert.That(lines.Count(l => l.Contains(" paper \"", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(2), run.Output);
        Assert.That(lines.First(l => l.StartsWith("  P", StringComparison.Ordinal)), Does.StartWith($"  P{from} "));
        Assert.That(lines.Last(l => l.StartsWith("  P", StringComparison.Ordinal)), Does.StartWith($"  P{to} "));
    }

    [Test]
    public void Path_NotAPersonId_UsageErrorNamingIt()
    {
        using var temp = new TempDataFolder();

        var run = CliProcess.Run(["path", "P1", "Zhang", "--data", temp.Sub("data")]);

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Output, Does.Contain("'Zhang' is not a person id"));
    }

    [Test]
    public void GraphStats_SnapEdgeList_PrintsThePublishedFigures()
    {
        var run = CliProcess.Run(["graph", "stats", "--edges", SharedData.Path("graphs/snap-ca-grqc/CA-GrQc.txt")]);

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(run.Output, Does.Contain("nodes: 5242").And.Contain("edges: 14484 (self loops: 12)")
            .And.Contain("largest component: 4158 nodes, 13428 edges").And.Contain("diameter: 17 (exact"));
    }

    [Test]
    public void GraphPath_SnapEdgeList_PrintsHopsAndNodes()
    {
        // CA-GrQc.txt lines 5–6: "3466 937" and "3466 5233".
        var edges = SharedData.Path("graphs/snap-ca-grqc/CA-GrQc.txt");

        var direct = CliProcess.Run(["graph", "path", "--edges", edges, "3466", "5233"]);
        var missing = CliProcess.Run(["graph", "path", "--edges", edges, "3466", "1"]);

        Assert.That(direct.Output, Does.Contain("hops: 1  nodes: 3466 5233"));
        Assert.That(missing.ExitCode, Is.EqualTo(2));
        Assert.That(missing.Output, Does.Contain("node 1 is not in"));
    }
}
