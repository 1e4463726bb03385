using System.Net;
using System.Text;
using System.Text.Json;
using ExpertGraph.Api.Tests.Support;
using ExpertGraph.Core.Model;
using ExpertGraph.Query.Access;

namespace ExpertGraph.Api.Tests.Endpoints;

/// <summary>Bad requests are ProblemDetails that say what was wrong: every problem at once, the limit exceeded, the person not found.</summary>
[TestFixture]
public sealed class ProblemDetailsTests
{
    private ApiServer _server = null!;
    private PersonId _pagiola;

    [OneTimeSetUp]
    public async Task Start()
    {
        _server = await ApiServer.StartAsync(SampleSetUp.Samples.Directory);
        _pagiola = SamplePersons.Find(_server.Workspace, "Stefano Pagiola");
    }

    [OneTimeTearDown]
    public async Task Stop() => await _server.DisposeAsync();

    [Test]
    public async Task Search_SeveralBadFilters_400ListingEveryProblem()
    {
        using var client = _server.Client(ApiRole.Scout);

        var (status, body) = await HttpJson.GetAsync(client, "/api/search?q=forests&kind=book&stage=guru&careerAge=old&country=CHN&hasPatents=maybe");

        Assert.That(status, Is.EqualTo(400));
        Assert.That(body.GetProperty("problems").EnumerateArray().Select(p => p.GetString()), Is.EqualTo(new[]
        {
            "kind 'book' is none of paper, patent, project",
            "careerAge 'old' is not a range like 30-60, 30- or -60",
            "stage 'guru' is none of chief-scientist, academic-leader, young-backbone, other",
            "hasPatents 'maybe' is neither true nor false",
            "country 'CHN' is not a two-letter ISO 3166 code",
        }));
    }

    [TestCase("/api/search?q=forests&limit=101", "limit 101 is above the maximum of 100")]
    [TestCase("/api/persons?name=Pagiola&limit=500", "limit 500 is above the maximum of 100")]
    [TestCase("/api/search?limit=5", "q is missing: give the topic to search, e.g. q=biodiversity finance")]
    [TestCase("/api/persons/someone", "id 'someone' is not a person id (P12 or 12, as search and person lookup give them)")]
    public async Task Get_OutOfBounds_400NamingTheLimit(string path, string problem)
    {
        using var client = _server.Client(ApiRole.Scout);

        var (status, body) = await HttpJson.GetAsync(client, path);

        Assert.That(status, Is.EqualTo(400));
        Assert.That(body.GetProperty("detail").GetString(), Is.EqualTo(problem));
    }

    [Test]
    public async Task Profile_UnknownPerson_404NamingTheId()
    {
        using var client = _server.Client(ApiRole.Scout);

        var (status, body) = await HttpJson.GetAsync(client, "/api/persons/P999999");

        Assert.That(status, Is.EqualTo(404));
        Assert.That(body.GetProperty("detail").GetString(), Is.EqualTo("unknown person P999999"));
        Assert.That(body.GetProperty("personId").GetString(), Is.EqualTo("P999999"));
    }

    [Test]
    public async Task Paths_UnknownTarget_404NamingIt()
    {
        using var client = _server.Client(ApiRole.Scout);

        var (status, body) = await HttpJson.GetAsync(client, $"/api/paths?from={_pagiola}&to=P999998");

        Assert.That(status, Is.EqualTo(404));
        Assert.That(body.GetProperty("detail").GetString(), Is.EqualTo("unknown person P999998"));
    }

    [Test]
    public async Task Conflicts_MalformedPolicy_400NamingEveryField()
    {
        using var client = _server.Client(ApiRole.ReviewOrganizer);
        var policy = new { name = "panel", rules = new object[] { new { relation = "coauthor", severity = "fatal", windowMonths = 48 } } };

        var (status, body) = await HttpJson.PostAsync(client, "/api/conflicts", new { applicants = new[] { "P1" }, reviewers = new[] { "P2" }, policy });

        Assert.That(status, Is.EqualTo(400));
        Assert.That(body.GetProperty("detail").GetString(), Does.StartWith("policy: rules[0].severity"));
    }

    [Test]
    public async Task Conflicts_PolicyNameThatIsAPath_400NeverReadAsFile()
    {
        using var client = _server.Client(ApiRole.ReviewOrganizer);

        var (status, body) = await HttpJson.PostAsync(client, "/api/conflicts", new { applicants = new[] { "P1" }, reviewers = new[] { "P2" }, policy = "/etc/passwd" });

        Assert.That(status, Is.EqualTo(400));
        Assert.That(body.GetProperty("detail").GetString(), Does.StartWith("policy '/etc/passwd' is none of nsf, nih"));
    }

    [Test]
    public async Task Conflicts_TooManyReviewersAndApplicants_400WithTheLimits()
    {
        using var client = _server.Client(ApiRole.ReviewOrganizer);
        var reviewers = Enumerable.Range(1, ApiLimits.MaxReviewers + 1).Select(i => "P" + i).ToArray();
        var applicants = Enumerable.Range(1, ApiLimits.MaxApplicants + 1).Select(i => "P" + i).ToArray();

        var (status, body) = await HttpJson.PostAsync(client, "/api/conflicts", new { applicants, reviewers });

        Assert.That(status, Is.EqualTo(400));
        Assert.That(body.GetProperty("problems").EnumerateArray().Select(p => p.GetString()), Is.EqualTo(new[]
        {
            "applicants: 51 persons, more than the limit of 50 per request",
            "reviewers: 1001 persons, more than the limit of 1000 per request",
        }));
    }

    [Test]
    public async Task Conflicts_NotJson_400SayingSo()
    {
        using var client = _server.Client(ApiRole.ReviewOrganizer);
        using var content = new StringContent("{\"applicants\": [", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/conflicts", content);
        var body = await HttpJson.ReadAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(body.GetProperty("detail").GetString(), Does.StartWith("the request body is not valid JSON for this endpoint"));
    }

    [Test]
    public async Task Reviewers_ConflictedCoauthorsOfTheApplicant_NeverRecommended()
    {
        using var client = _server.Client(ApiRole.ReviewOrganizer);

        var (status, body) = await HttpJson.PostAsync(client, "/api/reviewers",
            new { topic = "payments for environmental services", applicants = new[] { _pagiola.ToString() }, k = 5, date = "2010-01-01" });

        Assert.That(status, Is.EqualTo(200), body.ToString());
        var recommended = HttpJson.Strings(body.GetProperty("recommended"), "personId");
        Assert.That(recommended, Does.Not.Contain(_pagiola.ToString()));
        Assert.That(body.GetProperty("excluded").EnumerateArray().Select(e => e.GetProperty("personId").GetString()), Does.Contain(_pagiola.ToString()));
    }

    [Test]
    public async Task Conflicts_ApplicantAndCoauthor_ConflictWithEvidence()
    {
        using var client = _server.Client(ApiRole.ReviewOrganizer);
        var pizarro = SamplePersons.Find(_server.Workspace, "Juan Pablo Pizarro Ruiz");

        var (status, body) = await HttpJson.PostAsync(client, "/api/conflicts",
            new { applicants = new[] { _pagiola.ToString() }, reviewers = new[] { pizarro.ToString() }, policy = "nsf", date = "2008-01-01" });

        Assert.That(status, Is.EqualTo(200), body.ToString());
        var pair = body.GetProperty("pairs").EnumerateArray().Single();
        Assert.That(pair.GetProperty("verdict").GetString(), Is.EqualTo("conflict"));
        Assert.That(pair.GetProperty("flags")[0].GetProperty("relation").GetString(), Is.EqualTo("coauthor"));
    }
}
