using ExpertGraph.Ingestion.Harvesting;

namespace ExpertGraph.Ingestion.Tests.Harvesting;

/// <summary>A run that dies part-way (an exception at the exact step a kill -9 could hit) and the run that resumes it.</summary>
[TestFixture]
public sealed class HarvesterResumeTests
{
    private sealed class SimulatedCrashException : Exception;

    [TestCase(HarvestSide.AfterPageBeforeState, 3)]
    [TestCase(HarvestSide.AfterState, 3)]
    [TestCase(HarvestSide.AfterPageBeforeState, 1)]
    [TestCase(HarvestSide.AfterState, 5)]
    public async Task RunAsync_CrashAroundPageK_SecondRunCompletesWithoutDuplicatesOrRefetching(HarvestSide side, int k)
    {
        using var harvest = HarvestFixture.OpenAlexChain();
        var crashing = harvest.Harvester(
            pageWritten: side == HarvestSide.AfterPageBeforeState ? n => { if (n == k) throw new SimulatedCrashException(); } : null,
            stateSaved: side == HarvestSide.AfterState ? n => { if (n == k) throw new SimulatedCrashException(); } : null);

        Assert.ThrowsAsync<SimulatedCrashException>(() => crashing.RunAsync());
        var counted = harvest.State().GetProperty("pagesSaved").GetInt32();
        var resumed = await harvest.RunAsync();

        Assert.That(counted, Is.EqualTo(side == HarvestSide.AfterState ? k : k - 1));
        // Killed after the last page's state: that state says finished already.
        var lastStateSaved = side == HarvestSide.AfterState && k == 5;
        Assert.That(resumed.Outcome, Is.EqualTo(lastStateSaved ? HarvestOutcome.AlreadyFinished : HarvestOutcome.Finished));
        Assert.That(resumed.AdoptedPages, Is.EqualTo(side == HarvestSide.AfterState ? 0 : 1), "a page written but not counted is counted from its file");
        Assert.That((resumed.TotalPages, resumed.TotalRecords), Is.EqualTo((5, 177L)));
        Assert.That(resumed.Requests, Is.EqualTo(5 - k));
        Assert.That(harvest.Server.Cursors.Select(harvest.Server.TimesServed), Is.All.EqualTo(1), "no page fetched twice");
        var saved = harvest.SavedIds();
        Assert.That(saved, Is.EqualTo(harvest.ServedIds()));
        Assert.That(saved.Distinct().Count(), Is.EqualTo(177));
    }

    [Test]
    public async Task RunAsync_CrossrefCrashAfterPageBeforeState_ResumesFromTheSavedPagesCursorWithoutAsking()
    {
        // Crossref's cursor moves on with every request: fetching page 2 again would skip it. The saved file's own
        // next-cursor continues the chain instead.
        using var harvest = HarvestFixture.CrossrefChain();
        var crashing = harvest.Harvester(harvest.Options("widget"), pageWritten: n => { if (n == 2) throw new SimulatedCrashException(); });

        Assert.ThrowsAsync<SimulatedCrashException>(() => crashing.RunAsync());
        var resumed = await harvest.RunAsync(harvest.Options("widget"));

        Assert.That((resumed.AdoptedPages, resumed.TotalPages, resumed.TotalRecords), Is.EqualTo((1, 3, 60L)));
        Assert.That(harvest.Server.Cursors.Select(harvest.Server.TimesServed), Is.All.EqualTo(1));
        Assert.That(harvest.SavedIds().Distinct().Count(), Is.EqualTo(60));
    }

    [Test]
    public async Task RunAsync_FailedRunThenRerun_ResumesAtTheFailedPage()
    {
        using var harvest = HarvestFixture.OpenAlexChain();
        harvest.Server.Fail(harvest.Server.Cursors[2], Fault(503), Fault(503));

        Assert.ThrowsAsync<HarvestException>(() => harvest.RunAsync(harvest.Options() with { MaxAttempts = 2 }));
        var resumed = await harvest.RunAsync();

        Assert.That((resumed.PagesSaved, resumed.TotalPages, resumed.Requests), Is.EqualTo((3, 5, 3)));
        Assert.That(harvest.Log, Has.Some.Contains("resuming after page 2"));
        Assert.That(harvest.SavedIds().Distinct().Count(), Is.EqualTo(177));
    }

    [Test]
    public async Task RunAsync_LeftoverTemporaryFileOfAKilledWrite_IsRemoved()
    {
        using var harvest = HarvestFixture.OpenAlexChain();
        var leftover = Path.Combine(harvest.Folder, ".page-000001.json.tmp");
        await File.WriteAllTextAsync(leftover, "{\"meta\":{},\"res");

        await harvest.RunAsync();

        Assert.That(File.Exists(leftover), Is.False);
        Assert.That(harvest.PageFiles(), Has.Length.EqualTo(5));
    }

    private static ExpertGraph.Tests.Shared.Harvesting.Fault Fault(int status) => ExpertGraph.Tests.Shared.Harvesting.Fault.Error(status);

    public enum HarvestSide
    {
        AfterPageBeforeState = 1,
        AfterState,
    }
}
