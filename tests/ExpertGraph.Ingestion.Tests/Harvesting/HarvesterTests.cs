using ExpertGraph.Ingestion.Harvesting;

namespace ExpertGraph.Ingestion.Tests.Harvesting;

/// <summary>Paging, saving, the polite pool and the folder's one harvest, against recorded real pages on a loopback server.</summary>
[TestFixture]
public sealed class HarvesterTests
{
    [Test]
    public async Task RunAsync_OpenAlexChain_SavesEveryPageOnceInOrderAndFinishes()
    {
        using var harvest = HarvestFixture.OpenAlexChain();

        var summary = await harvest.RunAsync();

        Assert.That(summary.Outcome, Is.EqualTo(HarvestOutcome.Finished));
        Assert.That(harvest.PageFiles(), Is.EqualTo(new[] { "page-000001.json", "page-000002.json", "page-000003.json", "page-000004.json", "page-000005.json" }));
        var saved = harvest.SavedIds();
        Assert.That(saved, Is.EqualTo(harvest.ServedIds()), "every served record saved once, in the order served");
        Assert.That(saved, Has.Count.EqualTo(177));
        Assert.That(saved.Distinct().Count(), Is.EqualTo(177), "no record on two pages");
        Assert.That((summary.PagesSaved, summary.RecordsSaved, summary.TotalPages, summary.TotalRecords), Is.EqualTo((5, 177L, 5, 177L)));
        Assert.That((summary.Requests, summary.Retries), Is.EqualTo((5, 0)));
        Assert.That(harvest.Server.Requests.Select(r => r.Cursor), Is.EqualTo(harvest.Server.Cursors));
        var state = harvest.State();
        Assert.That(state.GetProperty("finished").GetBoolean(), Is.True);
        Assert.That(state.GetProperty("pagesSaved").GetInt32(), Is.EqualTo(5));
        Assert.That(state.GetProperty("recordsSaved").GetInt64(), Is.EqualTo(177));
    }

    [Test]
    public async Task RunAsync_SavedPages_AreTheServersBytesAndReadableByTheOpenAlexReader()
    {
        using var harvest = HarvestFixture.OpenAlexChain();

        await harvest.RunAsync();

        var reader = new ExpertGraph.Ingestion.Papers.OpenAlexWorkReader();
        for (var i = 0; i < 5; i++)
        {
            var path = Path.Combine(harvest.Folder, harvest.PageFiles()[i]);
            Assert.That(File.ReadAllBytes(path), Is.EqualTo(harvest.Server.Pages[i]));
            using var stream = File.OpenRead(path);
            Assert.That(reader.Read(stream, path).Count(r => r.Outcome == ExpertGraph.Ingestion.Reading.ReadOutcome.Record), Is.EqualTo(harvest.IdsOf(harvest.Server.Pages[i]).Count()));
        }
    }

    [Test]
    public async Task RunAsync_OpenAlex_AsksForSearchPerPageCursorAndPolitePool()
    {
        using var harvest = HarvestFixture.OpenAlexChain();

        await harvest.RunAsync(harvest.Options() with { Since = new DateOnly(2024, 1, 31), Filter = "type:article" });

        var first = harvest.Server.Requests[0];
        Assert.That(first.PathAndQuery, Does.StartWith("/works?"));
        Assert.That(first.Query["search"], Is.EqualTo("biodiversity finance"));
        Assert.That(first.Query["filter"], Is.EqualTo("type:article,from_publication_date:2024-01-31"));
        Assert.That(first.Query["per-page"], Is.EqualTo("200"));
        Assert.That(first.Query["cursor"], Is.EqualTo("*"));
        Assert.That(harvest.Server.Requests.Select(r => r.Query["mailto"]), Is.All.EqualTo(HarvestFixture.Mailto));
        Assert.That(first.UserAgent, Does.Match(@"^ExpertGraph/\S+ \(mailto:harvest-test@example\.org\)$"));
    }

    [Test]
    public async Task RunAsync_CrossrefScrollChain_SavesThreePagesAndStopsAtTheEmptyPage()
    {
        using var harvest = HarvestFixture.CrossrefChain();

        var summary = await harvest.RunAsync(harvest.Options("widget") with { Since = new DateOnly(2023, 6, 1), PageSize = 20 });

        Assert.That(summary.Outcome, Is.EqualTo(HarvestOutcome.Finished));
        Assert.That(harvest.PageFiles(), Has.Length.EqualTo(3), "the empty last page is not saved");
        var saved = harvest.SavedIds();
        Assert.That(saved, Has.Count.EqualTo(60));
        Assert.That(saved.Distinct().Count(), Is.EqualTo(60));
        Assert.That(saved, Is.EqualTo(harvest.ServedIds()));
        Assert.That(summary.Requests, Is.EqualTo(4));
        var first = harvest.Server.Requests[0];
        Assert.That((first.Query["query"], first.Query["rows"], first.Query["cursor"], first.Query["filter"]), Is.EqualTo(("widget", "20", "*", "from-update-date:2023-06-01")));
        Assert.That(first.Query.ContainsKey("mailto"), Is.False, "Crossref's polite pool is asked for by User-Agent");
        Assert.That(harvest.Server.Requests.Select(r => r.UserAgent), Is.All.Contains("(mailto:" + HarvestFixture.Mailto + ")"));
    }

    [Test]
    public async Task RunAsync_FinishedHarvestAgain_FetchesNothingAndSaysSo()
    {
        using var harvest = HarvestFixture.OpenAlexChain();
        await harvest.RunAsync();
        var files = harvest.PageFiles().Select(f => File.GetLastWriteTimeUtc(Path.Combine(harvest.Folder, f))).ToList();

        var again = await harvest.RunAsync();

        Assert.That(again.Outcome, Is.EqualTo(HarvestOutcome.AlreadyFinished));
        Assert.That((again.Requests, again.PagesSaved, again.TotalPages, again.TotalRecords), Is.EqualTo((0, 0, 5, 177L)));
        Assert.That(harvest.Server.Requests, Has.Count.EqualTo(5));
        Assert.That(harvest.Log, Has.Some.Contains("finished already").And.Contains("nothing to do"));
        Assert.That(harvest.PageFiles().Select(f => File.GetLastWriteTimeUtc(Path.Combine(harvest.Folder, f))), Is.EqualTo(files));
    }

    [Test]
    public async Task RunAsync_AnotherQueryInTheSameFolder_IsRefusedNamingBoth()
    {
        using var harvest = HarvestFixture.OpenAlexChain();
        await harvest.RunAsync();

        var refused = Assert.ThrowsAsync<HarvestException>(() => harvest.RunAsync(harvest.Options("graph neural networks")));

        Assert.That(refused!.Message, Does.Contain("openalex --query \"biodiversity finance\"").And.Contains("openalex --query \"graph neural networks\"").And.Contains("another --out"));
        Assert.That(harvest.Server.Requests, Has.Count.EqualTo(5));
    }

    [Test]
    public async Task RunAsync_MaxRecords_StopsAtThePageThatReachesItAndALargerLimitGoesOn()
    {
        using var harvest = HarvestFixture.OpenAlexChain();

        var limited = await harvest.RunAsync(harvest.Options() with { MaxRecords = 60 });
        var rest = await harvest.RunAsync();

        Assert.That(limited.Outcome, Is.EqualTo(HarvestOutcome.LimitReached));
        Assert.That((limited.TotalPages, limited.TotalRecords), Is.EqualTo((2, 100L)), "pages are saved whole: 50 + 50");
        Assert.That(harvest.Server.Requests[1].Query["per-page"], Is.EqualTo("10"), "the second page asks for no more than the 10 still wanted");
        Assert.That(rest.Outcome, Is.EqualTo(HarvestOutcome.Finished));
        Assert.That((rest.PagesSaved, rest.TotalRecords), Is.EqualTo((3, 177L)));
        Assert.That(harvest.Server.Cursors.Select(harvest.Server.TimesServed), Is.All.EqualTo(1));
        Assert.That(harvest.SavedIds().Distinct().Count(), Is.EqualTo(177));
    }

    [Test]
    public async Task RunAsync_WithoutMailto_SendsNoMailtoAndAPlainUserAgent()
    {
        using var harvest = HarvestFixture.OpenAlexChain();

        await harvest.RunAsync(harvest.Options() with { Mailto = null });

        Assert.That(harvest.Server.Requests[0].Query.ContainsKey("mailto"), Is.False);
        Assert.That(harvest.Server.Requests[0].UserAgent, Does.Match(@"^ExpertGraph/\S+$"));
    }

    [Test]
    public void RunAsync_FolderWithPagesButNoState_IsRefused()
    {
        using var harvest = HarvestFixture.OpenAlexChain();
        File.WriteAllText(Path.Combine(harvest.Folder, "page-000001.json"), "{}");

        var refused = Assert.ThrowsAsync<HarvestException>(() => harvest.RunAsync());

        Assert.That(refused!.Message, Does.Contain("no harvest state"));
        Assert.That(harvest.Server.Requests, Is.Empty);
    }
}
