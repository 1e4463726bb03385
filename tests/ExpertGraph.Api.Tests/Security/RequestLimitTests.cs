using System.Net;
using System.Text;
using ExpertGraph.Api.Tests.Support;
using ExpertGraph.Query.Access;

namespace ExpertGraph.Api.Tests.Security;

/// <summary>Limits with low settings: a key's requests beyond its window's share get 429 with Retry-After; a body beyond the size limit 413.</summary>
[TestFixture]
public sealed class RequestLimitTests
{
    private ApiServer _server = null!;

    [OneTimeSetUp]
    public async Task Start() =>
        _server = await ApiServer.StartAsync(SampleSetUp.Samples.Directory,
            new ApiOptions { RequestsPerWindow = 3, RateWindow = TimeSpan.FromHours(1), MaxRequestBodyBytes = 2048 });

    [OneTimeTearDown]
    public async Task Stop() => await _server.DisposeAsync();

    [Test]
    public async Task Requests_BeyondTheKeysLimit_429WithRetryAfterWhileOtherKeysGoOn()
    {
        using var scout = _server.Client(ApiRole.Scout);
        using var analyst = _server.Client(ApiRole.Analyst);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await scout.GetAsync("/api/lexicon?q=biodiversity");
            statuses.Add(allowed.StatusCode);
        }

        using var refused = await scout.GetAsync("/api/lexicon?q=biodiversity");
        using var other = await analyst.GetAsync("/api/lexicon?q=biodiversity");
        var body = await HttpJson.ReadAsync(refused);

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(refused.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
        Assert.That(body.GetProperty("detail").GetString(), Does.StartWith("this key may make 3 requests per 3600 s"));
        Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.OK), "limits are per key");
    }

    [Test]
    public async Task Post_BodyBeyondTheLimit_413ProblemDetails()
    {
        using var client = _server.Client(ApiRole.Admin);
        var reviewers = string.Join(",", Enumerable.Range(1, 600).Select(i => "\"P" + i + "\""));
        using var content = new StringContent($$"""{"applicants":["P1"],"reviewers":[{{reviewers}}]}""", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/conflicts", content);
        var body = await HttpJson.ReadAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(body.GetProperty("detail").GetString(), Is.EqualTo("the request body is larger than the limit of 2048 bytes"));
    }
}
