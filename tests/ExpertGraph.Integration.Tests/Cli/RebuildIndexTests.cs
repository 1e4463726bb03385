using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Integration.Tests.Cli;

/// <summary>
/// rebuild-index recreates the works and experts indexes from the store alone: the result holds the same documents as
/// the index ingestion wrote (every stored field, every indexed term with its positions), and search answers the same.
/// </summary>
[TestFixture]
public sealed class RebuildIndexTests
{
    private static readonly string[] Queries = ["speech recognition", "biodiversity finance", "semiconductor", "微生物", "neural networks"];

    private static string[] RealInputs() =>
    [
        SharedData.Path("records/dblp-xml-sample/dblp-sample.xml"),
        SharedData.Path("records/openalex-works-json"),
        SharedData.Path("records/uspto-patent-xml/go-uspto-test-data"),
        SharedData.Path("records/nsfc-china-grants/19_21/C01"),
    ];

    [Test]
    public void RebuildIndex_AfterIngestOfSamples_EqualsTheIngestedIndexDocForDoc() =>
        AssertRebuildEqualsIngest([RepositoryPaths.Path("samples")]);

    [Test]
    public void RebuildIndex_AfterIngestOfRealRecords_EqualsTheIngestedIndexDocForDoc() =>
        AssertRebuildEqualsIngest(RealInputs());

    [Test]
    public void RebuildIndex_AfterIngestOfSamples_SearchAnswersAsBefore()
    {
        using var temp = new TempDataFolder();
        var data = temp.Sub("data");
        Assert.That(CliProcess.Run(["ingest", RepositoryPaths.Path("samples"), "--data", data]).ExitCode, Is.Zero);
        // The samples update some records within the run; their old documents would still weigh in Lucene's term
        // statistics (and so in scores) until merged away. A rebuilt index has none: compare like with like.
        IndexCompaction.ExpungeDeletes(Path.Combine(data, "index", "works"));
        var before = Queries.Select(q => Search(data, q)).ToList();

        var rebuild = CliProcess.Run(["rebuild-index", "--data", data]);

        Assert.That(rebuild.ExitCode, Is.Zero, rebuild.Output);
        Assert.That(before.Count(answer => answer.Contains("\"personId\"", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(3), "queries that find experts");
        Assert.That(Queries.Select(q => Search(data, q)), Is.EqualTo(before));
    }

    [Test]
    public void RebuildIndex_Twice_SameDocumentsAndNoLeftoverFolders()
    {
        using var temp = new TempDataFolder();
        var data = temp.Sub("data");
        Assert.That(CliProcess.Run(["ingest", RepositoryPaths.Path("samples/dblp"), "--data", data]).ExitCode, Is.Zero);
        Assert.That(CliProcess.Run(["rebuild-index", "--data", data]).ExitCode, Is.Zero);
        var once = IndexDocuments.Read(Path.Combine(data, "index", "works"), "key");

        var again = CliProcess.Run(["rebuild-index", "--data", data]);

        Assert.That(again.ExitCode, Is.Zero, again.Output);
        IndexDocuments.AssertEqual(once, IndexDocuments.Read(Path.Combine(data, "index", "works"), "key"), "works");
        Assert.That(DataFolderLayout.FoldersWithoutCaches(data), Is.EqualTo(new[] { "index" }));
    }

    private static void AssertRebuildEqualsIngest(string[] inputs)
    {
        using var temp = new TempDataFolder();
        var data = temp.Sub("data");
        var ingest = CliProcess.Run(["ingest", .. inputs, "--data", data]);
        Assert.That(ingest.ExitCode, Is.Zero, ingest.Output);
        var works = IndexDocuments.Read(Path.Combine(data, "index", "works"), "key");
        var experts = IndexDocuments.Read(Path.Combine(data, "index", "experts"), "person_id");

        var rebuild = CliProcess.Run(["rebuild-index", "--data", data]);

        Assert.That(rebuild.ExitCode, Is.Zero, rebuild.Output);
        Assert.That(rebuild.Output, Does.Contain($"{works.Count:N0} work documents, {experts.Count:N0} expert documents"));
        Assert.That(works, Has.Count.GreaterThan(1000));
        IndexDocuments.AssertEqual(works, IndexDocuments.Read(Path.Combine(data, "index", "works"), "key"), "works");
        IndexDocuments.AssertEqual(experts, IndexDocuments.Read(Path.Combine(data, "index", "experts"), "person_id"), "experts");
    }

    private static string Search(string data, string query)
    {
        var run = CliProcess.Run(["search", query, "--data", data, "--format", "json", "--limit", "20"]);
        Assert.That(run.ExitCode, Is.Zero, run.Output);
        return run.Output;
    }
}
