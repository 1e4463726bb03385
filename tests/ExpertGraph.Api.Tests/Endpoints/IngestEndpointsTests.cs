using System.Text.Json;
using ExpertGraph.Api.Ingest;
using ExpertGraph.Api.Tests.Support;
using ExpertGraph.Core.Storage;
using ExpertGraph.Ingestion.Pipeline;
using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Query;
using ExpertGraph.Query.Access;
using ExpertGraph.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertGraph.Api.Tests.Endpoints;

/// <summary>
/// POST /api/ingest over a data folder of samples/openalex, with samples/uspto copied into the import root.
/// Read off samples/uspto/ipg120327-bibliographic.xml: 196 patent grants (196 &lt;us-patent-grant&gt; elements), the
/// first "Ready to eat snack piece" by Nicole Cavin, Divya Paruchuri and Michael Zbuchalski; no OpenAlex sample names
/// any of them. Jobs are held queued through the test seam (<see cref="ApiOptions.BeforeIngest"/>), never by sleeping.
/// </summary>
[TestFixture]
public sealed class IngestEndpointsTests
{
    private const string Patents = "uspto/ipg120327-bibliographic.xml";
    private TempDataFolder _temp = null!;
    private ApiServer _server = null!;
    private TaskCompletionSource? _hold;

    [OneTimeSetUp]
    public async Task Start()
    {
        _temp = new TempDataFolder("eg-api-ingest-");
        var data = new DataDirectory(_temp.Sub("data"));
        using (var workspace = Workspace.Open(data))
            await workspace.IngestAsync([RepositoryPaths.Path("samples/openalex")], new IngestionOptions(), null, CancellationToken.None);
        var import = _temp.Sub("import");
        Directory.CreateDirectory(Path.Combine(import, "uspto"));
        File.Copy(RepositoryPaths.Path("samples/uspto/ipg120327-bibliographic.xml"), Path.Combine(import, Patents));
        File.WriteAllText(Path.Combine(_temp.Sub("outside"), "secret.json"), "{}");
        File.CreateSymbolicLink(Path.Combine(import, "link-out"), Path.Combine(_temp.Root, "outside"));
        _server = await ApiServer.StartAsync(data, new ApiOptions { ImportRoot = import, BeforeIngest = Hold });
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _server.DisposeAsync();
        _temp.Dispose();
    }

    private Task Hold(CancellationToken cancellationToken) => _hold?.Task.WaitAsync(cancellationToken) ?? Task.CompletedTask;

    [Test, Order(1)]
    public async Task Ingest_PatentsAsAdmin_202ThenSearchFindsTheNewInventorAndCountsAddUp()
    {
        using var client = _server.Client(ApiRole.Admin);
        var (_, before) = await HttpJson.GetAsync(client, "/api/persons?name=Nicole%20Cavin");
        Assert.That(HttpJson.Strings(before.GetProperty("persons"), "name"), Does.Not.Contain("Nicole Cavin"));

        using var response = await client.PostAsync("/api/ingest", JsonContent(new { paths = new[] { "uspto" } }));
        var accepted = await HttpJson.ReadAsync(response);
        var job = await Finished(accepted);

        Assert.That((int)response.StatusCode, Is.EqualTo(202), accepted.ToString());
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/ingest/{job.GetProperty("id").GetInt64()}"));
        Assert.That(job.GetProperty("status").GetString(), Is.EqualTo("completed"), job.ToString());
        var records = job.GetProperty("summary").GetProperty("records");
        Assert.That(Counts(records), Is.EqualTo((196L, 196L, 0L, 0L, 0L, 0L)));
        Assert.That(job.GetProperty("summary").GetProperty("files").GetProperty("read").GetInt32(), Is.EqualTo(1));
        Assert.That(job.GetProperty("files")[0].GetProperty("path").GetString(), Is.EqualTo(Patents));
        Assert.That(job.GetProperty("failures").GetArrayLength(), Is.Zero);

        var (_, after) = await HttpJson.GetAsync(client, "/api/persons?name=Nicole%20Cavin");
        Assert.That(HttpJson.Strings(after.GetProperty("persons"), "name"), Does.Contain("Nicole Cavin"));
        var (_, search) = await HttpJson.GetAsync(client, "/api/search?q=" + Uri.EscapeDataString("ready to eat snack piece") + "&limit=5");
        Assert.That(HttpJson.Strings(search.GetProperty("experts"), "name"), Does.Contain("Nicole Cavin"));
        var audit = _server.Workspace.ReadAudit(new AuditQuery(2) { KeyId = _server.KeyId(ApiRole.Admin), Action = "ingest.end" }).First();
        Assert.That(audit.Target, Does.EndWith("completed: read 196 = inserted 196 + updated 0 + unchanged 0 + quarantined 0 + skipped 0"));
        Assert.That(_server.Workspace.ReadAudit(new AuditQuery(1) { KeyId = _server.KeyId(ApiRole.Admin), Action = "ingest.start" }).Single().Target,
            Does.StartWith($"job {job.GetProperty("id").GetInt64()}: uspto"));
    }

    [Test, Order(2)]
    public async Task Ingest_SameFileAgain_AlreadyIngestedAndWithForceAllUnchanged()
    {
        using var client = _server.Client(ApiRole.Admin);
        await Finished((await HttpJson.PostAsync(client, "/api/ingest", new { paths = new[] { Patents } })).Body);

        var again = await Finished((await HttpJson.PostAsync(client, "/api/ingest", new { paths = new[] { Patents } })).Body);
        var forced = await Finished((await HttpJson.PostAsync(client, "/api/ingest", new { paths = new[] { Patents }, force = true })).Body);

        Assert.That(again.GetProperty("summary").GetProperty("files").GetProperty("alreadyIngested").GetInt32(), Is.EqualTo(1), again.ToString());
        Assert.That(again.GetProperty("files")[0].GetProperty("outcome").GetString(), Is.EqualTo("already-ingested"));
        Assert.That(Counts(again.GetProperty("summary").GetProperty("records")), Is.EqualTo((0L, 0L, 0L, 0L, 0L, 0L)));
        Assert.That(Counts(forced.GetProperty("summary").GetProperty("records")), Is.EqualTo((196L, 0L, 0L, 196L, 0L, 0L)), forced.ToString());
    }

    [Test]
    public async Task Ingest_WhileOneIsQueued_409NamingItThenItCompletes()
    {
        using var client = _server.Client(ApiRole.Admin);
        _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            var (firstStatus, first) = await HttpJson.PostAsync(client, "/api/ingest", new { paths = new[] { Patents } });
            var id = first.GetProperty("id").GetInt64();
            var (secondStatus, second) = await HttpJson.PostAsync(client, "/api/ingest", new { paths = new[] { Patents } });
            var (_, queued) = await HttpJson.GetAsync(client, $"/api/ingest/{id}");

            Assert.That(firstStatus, Is.EqualTo(202), first.ToString());
            Assert.That(secondStatus, Is.EqualTo(409), second.ToString());
            Assert.That(second.GetProperty("runningJob").GetInt64(), Is.EqualTo(id));
            Assert.That(queued.GetProperty("status").GetString(), Is.EqualTo("queued"));
            _hold.SetResult();
            Assert.That((await Finished(first)).GetProperty("status").GetString(), Is.EqualTo("completed"));
        }
        finally
        {
            _hold.TrySetResult();
            _hold = null;
        }
    }

    [Test]
    public async Task Ingest_PathsOutsideTheImportRoot_400ListingEach()
    {
        using var client = _server.Client(ApiRole.Admin);

        var (status, body) = await HttpJson.PostAsync(client, "/api/ingest", new { paths = new[] { "../x", "/etc/passwd", "uspto/../../data", "", "missing.json", "link-out", "link-out/secret.json" } });

        Assert.That(status, Is.EqualTo(400));
        Assert.That(body.GetProperty("problems").EnumerateArray().Select(p => p.GetString()), Is.EqualTo(new[]
        {
            "paths[0] '../x' goes up with '..': give a path inside the import root",
            "paths[1] '/etc/passwd' is absolute: give it relative to the import root",
            "paths[2] 'uspto/../../data' goes up with '..': give a path inside the import root",
            "paths[3] '' is empty",
            "paths[4] 'missing.json' is no file or folder under the import root",
            "paths[5] 'link-out' leads out of the import root through the link 'link-out'",
            "paths[6] 'link-out/secret.json' leads out of the import root through the link 'link-out'",
        }));
        Assert.That(_server.Services.GetRequiredService<IngestJobs>().Current, Is.Null, "nothing was started");
    }

    [Test]
    public async Task Ingest_FolderHoldingALinkOut_400NamingTheLink()
    {
        using var client = _server.Client(ApiRole.Admin);

        var (status, body) = await HttpJson.PostAsync(client, "/api/ingest", new { paths = new[] { "." } });

        Assert.That(status, Is.EqualTo(400));
        Assert.That(body.GetProperty("detail").GetString(), Is.EqualTo("paths[0] '.' leads out of the import root through the link 'link-out'"));
    }

    [TestCase(ApiRole.Scout)]
    [TestCase(ApiRole.ReviewOrganizer)]
    [TestCase(ApiRole.Analyst)]
    public async Task Ingest_BelowAdmin_403(ApiRole role)
    {
        using var client = _server.Client(role);

        var (status, _) = await HttpJson.PostAsync(client, "/api/ingest", new { paths = new[] { Patents } });
        var (statusGet, _) = await HttpJson.GetAsync(client, "/api/ingest/1");

        Assert.That((status, statusGet), Is.EqualTo((403, 403)));
    }

    [Test]
    public async Task Status_UnknownJob_404()
    {
        using var client = _server.Client(ApiRole.Admin);

        var (status, body) = await HttpJson.GetAsync(client, "/api/ingest/99999");

        Assert.That(status, Is.EqualTo(404));
        Assert.That(body.GetProperty("detail").GetString(), Does.StartWith("no ingest job 99999"));
    }

    [Test]
    public async Task Ingest_ServerWithoutImportRoot_404SayingItIsOff()
    {
        await using var server = await ApiServer.StartAsync(SampleSetUp.Samples.Directory);
        using var client = server.Client(ApiRole.Admin);

        var (status, body) = await HttpJson.PostAsync(client, "/api/ingest", new { paths = new[] { "openalex" } });

        Assert.That(status, Is.EqualTo(404));
        Assert.That(body.GetProperty("detail").GetString(), Does.StartWith("ingest over HTTP is off: the server was started without an import root"));
    }

    /// <summary>The job an answer names, once it completed or failed (awaited through the server's jobs, not polled).</summary>
    private async Task<JsonElement> Finished(JsonElement answer)
    {
        var id = answer.GetProperty("id").GetInt64();
        await _server.Services.GetRequiredService<IngestJobs>().Find(id)!.Finished;
        using var client = _server.Client(ApiRole.Admin);
        return (await HttpJson.GetAsync(client, $"/api/ingest/{id}")).Body;
    }

    private static (long, long, long, long, long, long) Counts(JsonElement records) =>
        (records.GetProperty("read").GetInt64(), records.GetProperty("inserted").GetInt64(), records.GetProperty("updated").GetInt64(),
            records.GetProperty("unchanged").GetInt64(), records.GetProperty("quarantined").GetInt64(), records.GetProperty("skipped").GetInt64());

    private static System.Net.Http.Json.JsonContent JsonContent(object body) => System.Net.Http.Json.JsonContent.Create(body);
}
