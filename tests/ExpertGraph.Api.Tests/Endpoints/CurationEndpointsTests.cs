using ExpertGraph.Api.Tests.Support;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Query.Access;

namespace ExpertGraph.Api.Tests.Endpoints;

/// <summary>Curation through the API on a data folder of its own: a merge is done, logged with the key as curator, audited, and the merged-away id answers 404 naming its successor.</summary>
[TestFixture]
public sealed class CurationEndpointsTests
{
    private SampleData _samples = null!;
    private ApiServer _server = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _samples = await SampleData.IngestAsync();
        _server = await ApiServer.StartAsync(_samples.Directory);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _server.DisposeAsync();
        _samples.Dispose();
    }

    [Test]
    public async Task Merge_AsAdmin_MergedAuditedAndTheOldIdPointsToTheTarget()
    {
        // "M. Waldman" and "Miriam Waldman" (IL) are one author written two ways in the samples.
        var target = SamplePersons.Find(_server.Workspace, "Miriam Waldman");
        var source = SamplePersons.Find(_server.Workspace, "M. Waldman");
        using var admin = _server.Client(ApiRole.Admin);

        var (status, body) = await HttpJson.PostAsync(admin, $"/api/persons/{target}/merge", new { sources = new[] { source.ToString() }, reason = "same author, initial only" });
        var (gone, problem) = await HttpJson.GetAsync(admin, $"/api/persons/{source}");
        var (found, profile) = await HttpJson.GetAsync(admin, $"/api/persons/{target}");

        Assert.That(status, Is.EqualTo(200), body.ToString());
        Assert.That(body.GetProperty("person").GetString(), Is.EqualTo(target.ToString()));
        Assert.That(gone, Is.EqualTo(404));
        Assert.That(problem.GetProperty("detail").GetString(), Is.EqualTo($"person {source} was merged into {target}: use {target}"));
        Assert.That(problem.GetProperty("mergedInto").GetString(), Is.EqualTo(target.ToString()));
        Assert.That(found, Is.EqualTo(200));
        Assert.That(profile.GetProperty("nameVariants").EnumerateArray().Select(n => n.GetString()), Does.Contain("M. Waldman"));
        var row = _server.Workspace.ReadAudit(new AuditQuery(1) { KeyId = _server.KeyId(ApiRole.Admin), Action = "curation.merge" }).Single();
        Assert.That((row.Target, row.Persons), Is.EqualTo(($"{target} ← {source}", 2)));
        var logged = _server.Workspace.Store.GetCurationLog(target, 1).Single();
        Assert.That(logged.Curator, Does.StartWith("api:test-admin-"));
    }

    [Test]
    public async Task Pin_UnknownMention_400NamingIt()
    {
        var person = SamplePersons.Find(_server.Workspace, "Stefano Pagiola");
        using var admin = _server.Client(ApiRole.Admin);

        var (status, body) = await HttpJson.PostAsync(admin, $"/api/persons/{person}/pin", new { mention = "openalex:W1#0", reason = "test" });

        Assert.That(status, Is.EqualTo(400));
        Assert.That(body.GetProperty("detail").GetString(), Is.EqualTo("unknown work openalex:W1 (in mention 'openalex:W1#0')"));
    }
}
