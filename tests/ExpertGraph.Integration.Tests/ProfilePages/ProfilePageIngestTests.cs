using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Ingestion.Pipeline;
using ExpertGraph.Ingestion.ProfilePages;
using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Query;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Integration.Tests.ProfilePages;

/// <summary>
/// Saved profile pages (samples/profile-pages, written by hand in the structure of real pages) ingested with the records
/// their persons come from: each attaches to the right person, on the evidence the page gives, and changes no record.
/// </summary>
public sealed class ProfilePageIngestTests
{
    private static string Pages => RepositoryPaths.Path("samples/profile-pages");
    private static string OpenAlex => RepositoryPaths.Path("samples/openalex");

    [Test]
    public async Task Ingest_PagesWithTheirRecords_EachMatchedToThePersonOfItsWorks()
    {
        using var temp = new TempDataFolder();
        using var workspace = Workspace.Open(new DataDirectory(temp.Sub("data")));

        var summary = await workspace.IngestAsync([OpenAlex, Pages], new IngestionOptions(), null, CancellationToken.None);

        var pages = summary.ProfilePages;
        Assert.That((pages.Read, pages.Inserted, pages.Rejected, pages.Matched), Is.EqualTo((4, 4, 0, 3)));
        // Each page's person is the one who wrote a work the page lists (OpenAlex ids read off samples/openalex).
        AssertMatched(workspace, pages, "tisdell-uq.html", "W2135181183", 1.0, "ORCID 0000-0003-4370-4692 on the page is the person's");
        AssertMatched(workspace, pages, "drechsler-ufz.html", "W2150345340", 1.0, "ORCID 0000-0002-6008-1856 on the page is the person's");
        AssertMatched(workspace, pages, "pagiola-homepage.html", "W2138516309", 0.9, "2 works listed on the page are the person's");
        var zheng = Report(pages, "zheng-jianting-sjtu.html");
        Assert.That(zheng.Match!.Person, Is.Null);
        Assert.That(zheng.Match.Reasons, Is.EqualTo(new[] { "no person named 郑舰艇" }), "his NSFC projects were not ingested");
    }

    [Test]
    public async Task Ingest_ChinesePageWithTheNsfcGrants_MatchedByTheProjectsItLists()
    {
        using var temp = new TempDataFolder();
        using var workspace = Workspace.Open(new DataDirectory(temp.Sub("data")));
        var grants = SharedData.Path("records/nsfc-china-grants/19_21/C01/C0102.csv");

        var summary = await workspace.IngestAsync([grants, Path.Combine(Pages, "zheng-jianting-sjtu.html")], new IngestionOptions(), null, CancellationToken.None);

        var match = Report(summary.ProfilePages, "zheng-jianting-sjtu.html").Match!;
        Assert.That(match.Person, Is.Not.Null, string.Join("; ", match.Reasons));
        // C0102.csv has two 郑舰艇 projects at 上海交通大学 (lines 3 and 59); the page lists both and names the university.
        Assert.That(match.Reasons[0], Does.StartWith("2 works listed on the page are the person's"));
        Assert.That(match.Reasons[1], Is.EqualTo("the page's institution (上海交通大学) is one of the person's (上海交通大学)"));
        Assert.That(match.Score, Is.EqualTo(0.9).Within(1e-9));
        var profile = workspace.GetExpertProfile(match.Person!.Value);
        Assert.That(profile.DisplayName, Is.EqualTo("郑舰艇"));
        Assert.That(profile.ProfilePages.Single().Page.Emails, Is.EqualTo(new[] { "jtzheng@example.edu.cn" }));
    }

    [Test]
    public async Task Ingest_SamePagesAgain_UnchangedAndRecordsUntouched()
    {
        using var temp = new TempDataFolder();
        var directory = new DataDirectory(temp.Sub("data"));
        using (var workspace = Workspace.Open(directory))
            await workspace.IngestAsync([OpenAlex], new IngestionOptions(), null, CancellationToken.None);
        var recordsOnly = DataSnapshot.Take(directory);

        using (var workspace = Workspace.Open(directory))
        {
            var first = await workspace.IngestAsync([Pages], new IngestionOptions(), null, CancellationToken.None);
            var second = await workspace.IngestAsync([Pages], new IngestionOptions(), null, CancellationToken.None);

            Assert.That((first.ProfilePages.Inserted, first.ProfilePages.Matched), Is.EqualTo((4, 3)), "pages given after their records still match");
            Assert.That((second.ProfilePages.Unchanged, second.ProfilePages.Matched), Is.EqualTo((4, 3)));
            Assert.That(first.Files, Is.Empty, "pages are not record files");
        }

        Assert.That(DataSnapshot.Take(directory), Is.EqualTo(recordsOnly), "pages are evidence: works, persons and the index stay as the records made them");
    }

    [Test]
    public async Task Ingest_HtmlThatIsNotAProfile_RejectedWithTheReason()
    {
        using var temp = new TempDataFolder();
        var page = Path.Combine(temp.Sub("in"), "news.html");
        await File.WriteAllTextAsync(page, "<!DOCTYPE html><html><body><h1>Department news</h1><p>The new building opens in May.</p></body></html>");
        using var workspace = Workspace.Open(new DataDirectory(temp.Sub("data")));

        var summary = await workspace.IngestAsync([page], new IngestionOptions(), null, CancellationToken.None);

        var report = summary.ProfilePages.Pages.Single();
        Assert.That(report.Outcome, Is.Null);
        Assert.That(report.Error, Is.EqualTo(page + ": 'Department news' has no personal facts (no position, institution, e-mail, interests, profile links or works): not a profile page"));
    }

    private static void AssertMatched(Workspace workspace, ProfilePageSummary pages, string file, string workId, double score, string firstReason)
    {
        var match = Report(pages, file).Match!;
        Assert.That(match.Person, Is.Not.Null, file + ": " + string.Join("; ", match.Reasons));
        Assert.That(workspace.Store.GetPersonWorks(match.Person!.Value).Select(w => w.Key), Does.Contain(new SourceKey("openalex", workId)), file);
        Assert.That(match.Score, Is.EqualTo(score).Within(1e-9), file);
        Assert.That(match.Reasons[0], Does.StartWith(firstReason), file);
        Assert.That(workspace.GetProfilePages(match.Person.Value).Select(p => Path.GetFileName(p.Page.SourcePath)), Is.EqualTo(new[] { file }));
    }

    private static ProfilePageReport Report(ProfilePageSummary pages, string file) =>
        pages.Pages.Single(p => Path.GetFileName(p.Path) == file);
}
