using System.Text.Json;
using ExpertGraph.Api.Tests.Support;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Query.Access;

namespace ExpertGraph.Api.Tests.Endpoints;

/// <summary>
/// The read endpoints on the samples: search agrees with `expertgraph search`, e-mails follow the role rule, and each
/// answer that names persons leaves its audit row. Stefano Pagiola wrote 7 of the sample works on payments for
/// environmental services (works_biodiversity_finance_200.jsonl); Clem Tisdell's page (samples/profile-pages/tisdell-uq.html)
/// gives c.tisdell@example.edu.au, as a mailto: link.
/// </summary>
[TestFixture]
public sealed class ReadEndpointsTests
{
    private const string Pes = "payments for environmental services";
    private ApiServer _server = null!;
    private PersonId _tisdell;

    [OneTimeSetUp]
    public async Task Start()
    {
        _server = await ApiServer.StartAsync(SampleSetUp.Samples.Directory);
        _tisdell = SamplePersons.Find(_server.Workspace, "Clem Tisdell");
    }

    [OneTimeTearDown]
    public async Task Stop() => await _server.DisposeAsync();

    [Test]
    public async Task Search_PaymentsForEnvironmentalServices_PagiolaFirstAndSameExpertsAsTheCli()
    {
        using var client = _server.Client(ApiRole.Scout);

        var (status, body) = await HttpJson.GetAsync(client, "/api/search?q=" + Uri.EscapeDataString(Pes) + "&limit=10&explain=true");
        var cli = CliProcess.RunSeparately("search", Pes, "--limit", "10", "--format", "json", "--data", SampleSetUp.Samples.Data);

        Assert.That(status, Is.EqualTo(200), body.ToString());
        var experts = body.GetProperty("experts");
        Assert.That(experts[0].GetProperty("name").GetString(), Is.EqualTo("Stefano Pagiola"));
        Assert.That(experts[0].GetProperty("matchedWorks").GetInt32(), Is.EqualTo(7));
        Assert.That(experts[0].GetProperty("reasons").GetArrayLength(), Is.GreaterThan(0), "every hit says why");
        Assert.That(body.GetProperty("facets").GetProperty("countries").GetArrayLength(), Is.GreaterThan(0));
        Assert.That(cli.ExitCode, Is.Zero, cli.Output);
        using var printed = JsonDocument.Parse(cli.StandardOutput);
        Assert.That(HttpJson.Strings(experts, "personId"), Is.EqualTo(HttpJson.Strings(printed.RootElement.GetProperty("experts"), "personId")));
    }

    [Test]
    public async Task Search_AsScout_AuditRowWithQueryAndPersonsReturned()
    {
        using var client = _server.Client(ApiRole.Scout);

        var (_, body) = await HttpJson.GetAsync(client, "/api/search?q=" + Uri.EscapeDataString(Pes) + "&limit=4");

        Assert.That(body.GetProperty("experts").GetArrayLength(), Is.EqualTo(4));
        var row = LastAudit(ApiRole.Scout, "search");
        Assert.That((row.Target, row.Persons, row.Role), Is.EqualTo((Pes, 4, "scout")));
        Assert.That(row.KeyName, Does.StartWith("test-scout-"));
    }

    [Test]
    public async Task Profile_AsScout_EmailsRemovedAndAuditRowNamesThePerson()
    {
        using var client = _server.Client(ApiRole.Scout);

        var (status, body) = await HttpJson.GetAsync(client, $"/api/persons/{_tisdell}");

        Assert.That(status, Is.EqualTo(200), body.ToString());
        var page = body.GetProperty("profilePages").EnumerateArray().Single();
        Assert.That(page.GetProperty("emails").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(body.ToString(), Does.Not.Contain("@example.edu.au"), "no address anywhere, mailto: links included");
        var row = LastAudit(ApiRole.Scout, "person.profile");
        Assert.That((row.Target, row.Persons), Is.EqualTo((_tisdell.ToString(), 1)));
    }

    [TestCase(ApiRole.ReviewOrganizer)]
    [TestCase(ApiRole.Analyst)]
    [TestCase(ApiRole.Admin)]
    public async Task Profile_AsOrganizerOrHigher_EmailsShown(ApiRole role)
    {
        using var client = _server.Client(role);

        var (_, body) = await HttpJson.GetAsync(client, $"/api/persons/{_tisdell}");

        var page = body.GetProperty("profilePages").EnumerateArray().Single();
        Assert.That(page.GetProperty("emails").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "c.tisdell@example.edu.au" }));
    }

    [Test]
    public async Task PersonLookup_ByName_FindsTisdellWithHisWorks()
    {
        using var client = _server.Client(ApiRole.Scout);

        var (status, body) = await HttpJson.GetAsync(client, "/api/persons?name=Clem%20Tisdell&limit=5");

        Assert.That(status, Is.EqualTo(200));
        var first = body.GetProperty("persons")[0];
        Assert.That((first.GetProperty("personId").GetString(), first.GetProperty("name").GetString()), Is.EqualTo((_tisdell.ToString(), "Clem Tisdell")));
    }

    [Test]
    public async Task Lexicon_Term_ConceptWithAncestorsAndTerms()
    {
        using var client = _server.Client(ApiRole.Scout);

        var (status, body) = await HttpJson.GetAsync(client, "/api/lexicon?q=biodiversity");

        Assert.That(status, Is.EqualTo(200), body.ToString());
        var concept = body.GetProperty("concepts")[0];
        Assert.That(concept.GetProperty("terms").EnumerateArray().Select(t => t.GetProperty("text").GetString()), Does.Contain("biodiversity").IgnoreCase);
    }

    [Test]
    public async Task OpenApi_WithoutKey_ListsEveryEndpoint()
    {
        using var client = _server.Client(key: null);

        var (status, body) = await HttpJson.GetAsync(client, "/openapi/v1.json");

        Assert.That(status, Is.EqualTo(200));
        var paths = body.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.That(paths, Is.SupersetOf(new[]
        {
            "/api/search", "/api/persons", "/api/persons/{id}", "/api/persons/{id}/peers", "/api/paths", "/api/conflicts", "/api/reviewers",
            "/api/lexicon", "/api/audit", "/api/persons/{id}/merge", "/api/persons/{id}/split", "/api/persons/{id}/pin", "/health",
            "/api/shortlists", "/api/shortlists/{name}", "/api/shortlists/{name}/entries", "/api/shortlists/{name}/entries/{person}",
            "/api/shortlists/{name}/export", "/api/persons/{id}/report", "/api/exports/neo4j", "/api/exports/graphml", "/api/ingest", "/api/ingest/{id}",
        }));
        var scheme = body.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.That((scheme.GetProperty("type").GetString(), scheme.GetProperty("in").GetString(), scheme.GetProperty("name").GetString()),
            Is.EqualTo(("apiKey", "header", "X-Api-Key")));
    }

    private AuditEntry LastAudit(ApiRole role, string action) =>
        _server.Workspace.ReadAudit(new AuditQuery(1) { KeyId = _server.KeyId(role), Action = action }).Single();
}
