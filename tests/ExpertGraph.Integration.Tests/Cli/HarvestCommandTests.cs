using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Tests.Shared;
using ExpertGraph.Tests.Shared.Harvesting;

namespace ExpertGraph.Integration.Tests.Cli;

/// <summary>`expertgraph harvest` as a user runs it, against a loopback server replaying recorded OpenAlex pages.</summary>
[TestFixture]
public sealed class HarvestCommandTests
{
    private const string Folder = "records/openalex-works-json/";

    private static PageChainServer OpenAlexChain() => PageChainServer.OpenAlex(
        SharedData.Path(Folder + "parallel_chunks/chunk_1_page_1.json"),
        SharedData.Path(Folder + "parallel_chunks/chunk_2_page_1.json"),
        SharedData.Path(Folder + "parallel_chunks/chunk_3_page_1.json"),
        SharedData.Path(Folder + "parallel_chunks/chunk_4_page_1.json"),
        SharedData.Path(Folder + "keypaper_results_page_1.json"));

    [Test]
    public void Harvest_OpenAlexWithIngest_SavesEveryPagePrintsTheSummaryAndIngestsEveryWork()
    {
        using var server = OpenAlexChain();
        server.Fail(server.Cursors[2], Fault.Error(503, retryAfter: "0"));
        using var temp = new TempDataFolder();
        var pages = Path.Combine(temp.Root, "pages");

        var run = CliProcess.Run("harvest", "openalex", "--query", "biodiversity finance", "--out", pages, "--base-url", server.BaseUrl.AbsoluteUri,
            "--mailto", "scout@example.org", "--ingest", "--data", temp.Sub("data"));

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(run.Output, Does.Contain("harvest: finished").And.Contains("pages: 5 (5 this run)").And.Contains("records: 177 (177 this run)")
            .And.Contains("requests: 6 (1 retries)").And.Contains("elapsed: "));
        Assert.That(Directory.GetFiles(pages, "page-*.json"), Has.Length.EqualTo(5));
        Assert.That(server.Requests.Select(r => r.UserAgent), Is.All.EndsWith("(mailto:scout@example.org)"));
        var counts = RunCounts.Parse(run.Output);
        Assert.That(counts.Read, Is.EqualTo(177), "every harvested work read once; the hidden state file is not an input");
        Assert.That(counts.Inserted, Is.EqualTo(177));
        Assert.That(run.Output, Does.Contain("files: 5 (5 read"));
    }

    [Test]
    public void Harvest_AgainThenAnotherQuery_SaysNothingToDoThenRefusesTheFolder()
    {
        using var server = OpenAlexChain();
        using var temp = new TempDataFolder();
        var pages = Path.Combine(temp.Root, "pages");
        string[] Harvest(string query) => ["harvest", "openalex", "--query", query, "--out", pages, "--base-url", server.BaseUrl.AbsoluteUri];

        var first = CliProcess.Run(Harvest("biodiversity finance"));
        var again = CliProcess.Run(Harvest("biodiversity finance"));
        var other = CliProcess.Run(Harvest("graph neural networks"));

        Assert.That(first.ExitCode, Is.Zero, first.Output);
        Assert.That(first.Output, Does.Contain("warning: no contact address (--mailto or $EXPERTGRAPH_MAILTO)"));
        Assert.That(again.ExitCode, Is.Zero, again.Output);
        Assert.That(again.Output, Does.Contain("nothing to do").And.Contains("requests: 0 (0 retries)").And.Contains("records: 177 (0 this run)"));
        Assert.That(other.ExitCode, Is.EqualTo(1));
        Assert.That(other.Output, Does.Contain("error: ").And.Contains("another --out folder"));
        Assert.That(server.Requests, Has.Count.EqualTo(5), "only the first run fetched");
    }

    [Test]
    public void Harvest_MalformedSince_IsAUsageError()
    {
        var run = CliProcess.Run("harvest", "crossref", "--query", "widget", "--since", "2024/01/01", "--out", Path.Combine(Path.GetTempPath(), "eg-unused"));

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Output, Does.Contain("--since must be a day as yyyy-MM-dd"));
    }
}
