using System.Globalization;
using ExpertGraph.Ingestion.Harvesting;
using ExpertGraph.Tests.Shared.Harvesting;

namespace ExpertGraph.Ingestion.Tests.Harvesting;

/// <summary>Failures a real API sends, injected by the replay server; every wait is on the fake clock.</summary>
[TestFixture]
public sealed class HarvesterFaultTests
{
    [Test]
    public async Task RunAsync_EveryKindOfTransientFault_RetriesEachAndSavesEveryPageExactlyOnce()
    {
        using var harvest = HarvestFixture.OpenAlexChain();
        var cursors = harvest.Server.Cursors;
        harvest.Server.Fail(cursors[0], Fault.Error(429, retryAfter: "7"));
        harvest.Server.Fail(cursors[1], Fault.Error(503));
        harvest.Server.Fail(cursors[2], Fault.Hang);
        harvest.Server.Fail(cursors[3], Fault.Truncated);
        harvest.Server.Fail(cursors[4], Fault.CutJson, Fault.Error(500), Fault.Error(502), Fault.Error(504));

        var summary = await harvest.RunAsync();

        Assert.That(summary.Outcome, Is.EqualTo(HarvestOutcome.Finished));
        Assert.That((summary.Requests, summary.Retries), Is.EqualTo((13, 8)));
        Assert.That(harvest.PageFiles(), Has.Length.EqualTo(5));
        var saved = harvest.SavedIds();
        Assert.That(saved, Is.EqualTo(harvest.ServedIds()));
        Assert.That(saved.Distinct().Count(), Is.EqualTo(177));
        Assert.That(harvest.Clock.TimeoutsFired, Is.EqualTo(1), "the hung request was given up by its timeout");
        Assert.That(harvest.Clock.Delays, Does.Contain(TimeSpan.FromSeconds(7)), "Retry-After in seconds honoured");
        Assert.That(harvest.Log.Count(l => l.StartsWith("retry ", StringComparison.Ordinal)), Is.EqualTo(8));
    }

    [Test]
    public async Task RunAsync_RetryAfterAsHttpDate_WaitsUntilThatDate()
    {
        using var harvest = HarvestFixture.OpenAlexChain();
        var until = harvest.Clock.GetUtcNow().AddSeconds(90);
        harvest.Server.Fail("*", Fault.Error(429, until.ToString("R", CultureInfo.InvariantCulture)));

        var summary = await harvest.RunAsync();

        Assert.That(summary.Retries, Is.EqualTo(1));
        Assert.That(harvest.Clock.Delays, Does.Contain(TimeSpan.FromSeconds(90)));
    }

    [Test]
    public async Task RunAsync_BackoffWithoutRetryAfter_GrowsWithJitterAndIsReproducible()
    {
        var runs = new List<List<TimeSpan>>();
        for (var run = 0; run < 2; run++)
        {
            using var harvest = HarvestFixture.OpenAlexChain();
            harvest.Server.Fail("*", Fault.Error(503), Fault.Error(503), Fault.Error(503), Fault.Error(503));
            await harvest.RunAsync(harvest.Options() with { RequestsPerSecond = 100 });
            // Pacing waits are 10 ms at 100 requests/s (and none after a longer backoff); the rest are the four backoffs.
            runs.Add([.. harvest.Clock.Delays.Where(d => d > TimeSpan.FromMilliseconds(10))]);
        }

        var backoffs = runs[0];
        Assert.That(backoffs, Has.Count.EqualTo(4));
        for (var i = 0; i < 4; i++)
            Assert.That(backoffs[i], Is.GreaterThan(TimeSpan.Zero).And.AtMost(TimeSpan.FromSeconds(Math.Pow(2, i + 2))), $"backoff {i + 1}: exponential from 1 s, jittered");
        Assert.That(backoffs[3], Is.GreaterThan(backoffs[0]));
        Assert.That(backoffs.Distinct().Count(), Is.EqualTo(4), "jittered");
        Assert.That(runs[1], Is.EqualTo(backoffs), "the jitter is seeded: a run's waits are reproducible");
    }

    [Test]
    public void RunAsync_EveryTryFails_StopsWithTheUrlAndTheLastStatusAndKeepsNoPage()
    {
        using var harvest = HarvestFixture.OpenAlexChain();
        harvest.Server.Fail("*", Fault.Error(503), Fault.Error(500), Fault.Error(503));

        var failure = Assert.ThrowsAsync<HarvestException>(() => harvest.RunAsync(harvest.Options() with { MaxAttempts = 3 }));

        Assert.That(failure!.Message, Does.Contain($"GET {harvest.Server.BaseUrl}works?search=biodiversity%20finance").And.Contains("cursor=%2A"));
        Assert.That(failure.Message, Does.Contain("failed after 3 tries: HTTP 503 ServiceUnavailable"));
        Assert.That(failure.Message, Does.Contain("mailto=…").And.Not.Contain(HarvestFixture.Mailto), "the contact address stays out of messages");
        Assert.That(harvest.Server.Requests, Has.Count.EqualTo(3));
        Assert.That(harvest.PageFiles(), Is.Empty);
    }

    [Test]
    public void RunAsync_ClientErrorStatus_IsNotRetried()
    {
        using var harvest = HarvestFixture.OpenAlexChain();
        harvest.Server.Fail("*", Fault.Error(400));

        var failure = Assert.ThrowsAsync<HarvestException>(() => harvest.RunAsync());

        Assert.That(failure!.Message, Does.Contain("failed: HTTP 400 BadRequest: {\"error\":\"replayed failure\"}"));
        Assert.That(harvest.Server.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public void RunAsync_RetryAfterLongerThanAllowed_StopsAndSaysToResumeLater()
    {
        using var harvest = HarvestFixture.OpenAlexChain();
        harvest.Server.Fail("*", Fault.Error(429, retryAfter: "7200"));

        var failure = Assert.ThrowsAsync<HarvestException>(() => harvest.RunAsync());

        Assert.That(failure!.Message, Does.Contain("HTTP 429").And.Contains("wait 120 min").And.Contains("resume"));
        Assert.That(harvest.Clock.Delays.Where(d => d > TimeSpan.FromSeconds(1)), Is.Empty, "it did not wait two hours");
    }

    [Test]
    public async Task RunAsync_LargeRealPageTruncatedThenCut_IsSavedWholeOnce()
    {
        using var harvest = HarvestFixture.OpenAlexSingle("works_biodiversity_finance_page.json");
        harvest.Server.Fail("*", Fault.Truncated, Fault.CutJson);

        var summary = await harvest.RunAsync();

        Assert.That((summary.Retries, summary.TotalPages, summary.TotalRecords), Is.EqualTo((2, 1, 200L)));
        Assert.That(File.ReadAllBytes(Path.Combine(harvest.Folder, "page-000001.json")), Is.EqualTo(harvest.Server.Pages[0]));
    }

    [Test]
    public async Task RunAsync_Pacing_SpacesRequestsByTheRate()
    {
        using var harvest = HarvestFixture.OpenAlexChain();

        await harvest.RunAsync(harvest.Options() with { RequestsPerSecond = 4 });

        Assert.That(harvest.Clock.Delays, Is.EqualTo(Enumerable.Repeat(TimeSpan.FromMilliseconds(250), 4)), "no wait before the first request, 1/4 s before each next");
    }

    [Test]
    public async Task RunAsync_CrossrefRefusesTheSavedCursor_SaysItExpiredAndToStartAnew()
    {
        using var harvest = HarvestFixture.CrossrefChain();
        await harvest.RunAsync(harvest.Options("widget") with { MaxRecords = 20 });
        harvest.Server.Fail(harvest.Server.Cursors[1], Fault.Error(404));

        var failure = Assert.ThrowsAsync<HarvestException>(() => harvest.RunAsync(harvest.Options("widget")));

        Assert.That(failure!.Message, Does.Contain("HTTP 404").And.Contains("expires minutes after its last use").And.Contains("new folder"));
    }

    [Test]
    public void RunAsync_FailureAfterSomePages_SaysThePagesStayAndTheCommandResumes()
    {
        using var harvest = HarvestFixture.OpenAlexChain();
        harvest.Server.Fail(harvest.Server.Cursors[2], Fault.Error(503));

        var failure = Assert.ThrowsAsync<HarvestException>(() => harvest.RunAsync(harvest.Options() with { MaxAttempts = 1 }));

        Assert.That(failure!.Message, Does.Contain("HTTP 503").And.Contains("the 2 pages saved stay, and the same command resumes after them"));
    }
}
