using ExpertGraph.Api.Tests.Support;
using ExpertGraph.Core.Model;
using ExpertGraph.Query.Access;

namespace ExpertGraph.Api.Tests.Security;

/// <summary>
/// Every endpoint against every role, no key and a revoked key: the least role that may call an endpoint and every
/// higher one get its answer, lower ones 403, and without a valid key 401 — all as ProblemDetails.
/// </summary>
[TestFixture]
public sealed class RoleBoundaryTests
{
    private ApiServer _server = null!;
    private PersonId _pagiola;
    private PersonId _pizarro;

    /// <summary>A shortlist of this fixture's own (the samples are shared): Pagiola is added to it, Pizarro never is.</summary>
    private const string List = "角色 role table";

    [OneTimeSetUp]
    public async Task Start()
    {
        _server = await ApiServer.StartAsync(SampleSetUp.Samples.Directory);
        _pagiola = SamplePersons.Find(_server.Workspace, "Stefano Pagiola");
        _pizarro = SamplePersons.Find(_server.Workspace, "Juan Pablo Pizarro Ruiz");
        _server.Workspace.CreateShortlist(List, "role table");
    }

    [OneTimeTearDown]
    public async Task Stop() => await _server.DisposeAsync();

    /// <summary>
    /// Each endpoint with the least role that may call it and what passing authorization answers: admins' curation
    /// request lacks its reason (400); a shortlist created without a name is 400, one that does not exist 404; ingest is
    /// off on this server (no import root: 404).
    /// </summary>
    private static readonly object[] Endpoints =
    [
        new object[] { "GET", "/api/search?q=payments%20for%20environmental%20services", ApiRole.Scout, 200 },
        new object[] { "GET", "/api/persons?name=Pagiola", ApiRole.Scout, 200 },
        new object[] { "GET", "/api/persons/{pagiola}", ApiRole.Scout, 200 },
        new object[] { "GET", "/api/persons/{pagiola}/peers?k=5", ApiRole.Scout, 200 },
        new object[] { "GET", "/api/paths?from={pizarro}&to={pagiola}", ApiRole.Scout, 200 },
        new object[] { "GET", "/api/lexicon?q=biodiversity", ApiRole.Scout, 200 },
        new object[] { "POST", "/api/conflicts", ApiRole.ReviewOrganizer, 200 },
        new object[] { "POST", "/api/reviewers", ApiRole.ReviewOrganizer, 200 },
        new object[] { "GET", "/api/audit?limit=5", ApiRole.Admin, 200 },
        new object[] { "POST", "/api/persons/{pagiola}/merge", ApiRole.Admin, 400 },
        new object[] { "POST", "/api/persons/{pagiola}/split", ApiRole.Admin, 400 },
        new object[] { "POST", "/api/persons/{pagiola}/pin", ApiRole.Admin, 400 },
        new object[] { "GET", "/api/shortlists", ApiRole.Analyst, 200 },
        new object[] { "GET", "/api/shortlists/{list}", ApiRole.Analyst, 200 },
        new object[] { "POST", "/api/shortlists", ApiRole.Analyst, 400 },
        new object[] { "POST", "/api/shortlists/{list}/entries", ApiRole.Analyst, 200 },
        new object[] { "DELETE", "/api/shortlists/{list}/entries/{pizarro}", ApiRole.Analyst, 404 },
        new object[] { "DELETE", "/api/shortlists/no-such-list", ApiRole.Analyst, 404 },
        new object[] { "GET", "/api/shortlists/{list}/export?format=csv", ApiRole.Analyst, 200 },
        new object[] { "GET", "/api/shortlists/{list}/export?format=xlsx", ApiRole.Analyst, 200 },
        new object[] { "GET", "/api/persons/{pagiola}/report?format=html", ApiRole.Analyst, 200 },
        new object[] { "GET", "/api/exports/neo4j", ApiRole.Analyst, 200 },
        new object[] { "GET", "/api/exports/graphml", ApiRole.Analyst, 200 },
        new object[] { "POST", "/api/ingest", ApiRole.Admin, 404 },
        new object[] { "GET", "/api/ingest/1", ApiRole.Admin, 404 },
        new object[] { "GET", "/api/flows?period=5", ApiRole.Analyst, 200 },
        new object[] { "GET", "/api/trends?field=Economics", ApiRole.Analyst, 200 },
    ];

    private static IEnumerable<TestCaseData> EveryRole() =>
        from endpoint in Endpoints.Cast<object[]>()
        from role in ApiRoles.All
        let least = (ApiRole)endpoint[2]
        select new TestCaseData(endpoint[0], endpoint[1], role, role >= least ? (int)endpoint[3] : 403)
            .SetName($"{endpoint[0]} {endpoint[1]} as {ApiRoles.Name(role)}");

    private static IEnumerable<TestCaseData> EveryEndpoint() =>
        Endpoints.Cast<object[]>().Select(e => new TestCaseData(e[0], e[1]).SetName($"{e[0]} {e[1]}"));

    [TestCaseSource(nameof(EveryRole))]
    public async Task Request_WithRoleKey_AnsweredOrForbiddenByRole(string method, string path, ApiRole role, int expected)
    {
        using var client = _server.Client(role);

        var (status, body) = await Send(client, method, path);

        Assert.That(status, Is.EqualTo(expected), body.ToString());
        if (expected == 403) Assert.That(body.GetProperty("detail").GetString(), Does.Contain($"the role {ApiRoles.Name(role)} may not call this endpoint"));
    }

    [TestCaseSource(nameof(EveryEndpoint))]
    public async Task Request_WithoutKey_Unauthorized(string method, string path)
    {
        using var client = _server.Client(key: null);

        var (status, body) = await Send(client, method, path);

        Assert.That(status, Is.EqualTo(401));
        Assert.That(body.GetProperty("detail").GetString(), Does.Contain("send an API key in the X-Api-Key header"));
    }

    [TestCaseSource(nameof(EveryEndpoint))]
    public async Task Request_WithRevokedAdminKey_Unauthorized(string method, string path)
    {
        using var client = _server.Client(_server.RevokedKey);

        var (status, body) = await Send(client, method, path);

        Assert.That(status, Is.EqualTo(401));
        Assert.That(body.GetProperty("detail").GetString(), Is.EqualTo("the API key is unknown or revoked"));
    }

    [Test]
    public async Task Request_KeyInAuthorizationHeader_Accepted()
    {
        using var client = _server.Client(key: null);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("ApiKey", _server.Keys[ApiRole.Scout]);

        var (status, _) = await HttpJson.GetAsync(client, "/api/lexicon?q=biodiversity");

        Assert.That(status, Is.EqualTo(200));
    }

    [Test]
    public async Task Health_WithoutKey_OkAndNoData()
    {
        using var client = _server.Client(key: null);

        var (status, body) = await HttpJson.GetAsync(client, "/health");

        Assert.That((status, body.ToString()), Is.EqualTo((200, """{"status":"ok"}""")));
    }

    private async Task<(int Status, System.Text.Json.JsonElement Body)> Send(HttpClient client, string method, string path)
    {
        var resolved = path.Replace("{pagiola}", _pagiola.ToString(), StringComparison.Ordinal).Replace("{pizarro}", _pizarro.ToString(), StringComparison.Ordinal)
            .Replace("{list}", Uri.EscapeDataString(List), StringComparison.Ordinal);
        if (method == "GET") return await HttpJson.GetAsync(client, resolved);
        if (method == "DELETE")
        {
            using var response = await client.DeleteAsync(resolved);
            return ((int)response.StatusCode, await HttpJson.ReadAsync(response));
        }

        object body = resolved switch
        {
            "/api/conflicts" => new { applicants = new[] { _pagiola.ToString() }, reviewers = new[] { _pizarro.ToString() } },
            "/api/reviewers" => new { topic = "payments for environmental services", applicants = new[] { _pagiola.ToString() }, k = 3 },
            _ when resolved.EndsWith("/entries", StringComparison.Ordinal) => new { persons = new[] { _pagiola.ToString() } },
            _ => new { },
        };
        return await HttpJson.PostAsync(client, resolved, body);
    }
}
