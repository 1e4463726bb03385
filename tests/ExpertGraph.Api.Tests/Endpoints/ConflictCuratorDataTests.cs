using System.Text.Json;
using ExpertGraph.Api.Tests.Support;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Query.Access;
using ExpertGraph.Query.Conflicts;

namespace ExpertGraph.Api.Tests.Endpoints;

/// <summary>
/// POST /api/conflicts with the curator's data in the body, as the CLI takes it in --relations, --aliases and --waivers.
/// Read off samples/openalex: Stefano Pagiola and Juan Pablo Pizarro Ruiz co-wrote "Paying for the environmental
/// services of silvopastoral practices in Nicaragua" (2007, both at the World Bank); Martin Drechsler wrote "Designing
/// Cost-Effective Payments for Conservation Measures …" (2007) at the Helmholtz Centre for Environmental Research; none
/// of Clem Tisdell's three works has a co-author among them.
/// </summary>
[TestFixture]
public sealed class ConflictCuratorDataTests
{
    private ApiServer _server = null!;
    private string _pagiola = null!;
    private string _pizarro = null!;
    private string _drechsler = null!;
    private string _tisdell = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _server = await ApiServer.StartAsync(SampleSetUp.Samples.Directory);
        _pagiola = SamplePersons.Find(_server.Workspace, "Stefano Pagiola").ToString();
        _pizarro = SamplePersons.Find(_server.Workspace, "Juan Pablo Pizarro Ruiz").ToString();
        _drechsler = SamplePersons.Find(_server.Workspace, "Martin Drechsler").ToString();
        _tisdell = SamplePersons.Find(_server.Workspace, "Clem Tisdell").ToString();
    }

    [OneTimeTearDown]
    public async Task Stop() => await _server.DisposeAsync();

    [Test]
    public async Task Conflicts_DeclaredAdviseeRelation_AdvisorFlagForLifeWithTheNote()
    {
        using var client = _server.Client(ApiRole.ReviewOrganizer);

        var (status, body) = await HttpJson.PostAsync(client, "/api/conflicts", new
        {
            applicants = new[] { _pagiola },
            reviewers = new[] { _tisdell },
            date = "2020-01-01",
            relations = new[] { new { a = _pagiola, b = _tisdell, kind = "advisee", from = "1995", to = "1999-06", note = "PhD, planted for this test" } },
        });

        Assert.That(status, Is.EqualTo(200), body.ToString());
        var pair = body.GetProperty("pairs").EnumerateArray().Single();
        Assert.That(pair.GetProperty("verdict").GetString(), Is.EqualTo("conflict"));
        var flag = pair.GetProperty("flags").EnumerateArray().Single();
        Assert.That(flag.GetProperty("relation").GetString(), Is.EqualTo("advisor"));
        Assert.That(flag.GetProperty("window").GetProperty("months").ValueKind, Is.EqualTo(JsonValueKind.Null), "advisor is for life under nsf");
        Assert.That(flag.GetProperty("evidence")[0].GetProperty("subject").GetString(), Is.EqualTo("PhD, planted for this test"));
    }

    [Test]
    public async Task Conflicts_AliasJoinsWorldBankAndHelmholtz_ColleagueFlagOnlyWithIt()
    {
        using var client = _server.Client(ApiRole.ReviewOrganizer);
        var applicants = new[] { _pagiola };
        var reviewers = new[] { _drechsler };
        var aliases = new[]
        {
            new { organization = "One Test Organization", alias = "World Bank" },
            new { organization = "One Test Organization", alias = "Helmholtz Centre for Environmental Research" },
        };

        var (_, without) = await HttpJson.PostAsync(client, "/api/conflicts", new { applicants, reviewers, date = "2008-06-30" });
        var (status, with) = await HttpJson.PostAsync(client, "/api/conflicts", new { applicants, reviewers, date = "2008-06-30", aliases });

        Assert.That(without.GetProperty("pairs")[0].GetProperty("verdict").GetString(), Is.EqualTo("clear"));
        Assert.That(status, Is.EqualTo(200), with.ToString());
        var pair = with.GetProperty("pairs").EnumerateArray().Single();
        Assert.That(pair.GetProperty("verdict").GetString(), Is.EqualTo("conflict"));
        var flag = pair.GetProperty("flags").EnumerateArray().Single();
        Assert.That(flag.GetProperty("relation").GetString(), Is.EqualTo("same-institution"));
        Assert.That(flag.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("subject").GetString()),
            Is.EquivalentTo(new[] { "World Bank", "Helmholtz Centre for Environmental Research" }));
    }

    [Test]
    public async Task Conflicts_WaiversOfBothFlags_ClearWithWaivedFlagsLoggedAndAudited()
    {
        using var client = _server.Client(ApiRole.ReviewOrganizer);
        var log = WaiverLog.PathIn(SampleSetUp.Samples.Directory);
        var linesBefore = File.Exists(log) ? File.ReadAllLines(log).Length : 0;

        var (status, body) = await HttpJson.PostAsync(client, "/api/conflicts", new
        {
            applicants = new[] { _pagiola },
            reviewers = new[] { _pizarro },
            date = "2008-01-01",
            waivers = new[]
            {
                new { applicant = _pizarro, reviewer = _pagiola, relation = "coauthor", reason = "only expert on silvopastoral PES", approver = "Panel Chair", time = "2007-12-01T09:00:00Z" },
                new { applicant = _pagiola, reviewer = _pizarro, relation = "colleague", reason = "left the World Bank", approver = "Panel Chair", time = "2007-12-01T09:05:00Z" },
            },
        });

        Assert.That(status, Is.EqualTo(200), body.ToString());
        var pair = body.GetProperty("pairs").EnumerateArray().Single();
        Assert.That(pair.GetProperty("verdict").GetString(), Is.EqualTo("clear"), "every flag is waived");
        var flags = pair.GetProperty("flags").EnumerateArray().ToDictionary(f => f.GetProperty("relation").GetString()!);
        Assert.That(flags.Keys, Is.EquivalentTo(new[] { "coauthor", "same-institution" }), "waived flags are still reported");
        Assert.That(flags["coauthor"].GetProperty("waiver").GetProperty("source").GetString(), Is.EqualTo("request:waivers[0]"));
        Assert.That(flags["same-institution"].GetProperty("waiver").GetProperty("reason").GetString(), Is.EqualTo("left the World Bank"));
        var added = File.ReadAllLines(log)[linesBefore..];
        Assert.That(added, Has.Length.EqualTo(2));
        Assert.That(added[0], Does.Contain($"\tapi:conflicts\t{_pagiola}\t{_pizarro}\tcoauthor\tnsf.coauthor\tapprover=Panel Chair\t"));
        var rows = _server.Workspace.ReadAudit(new AuditQuery(2) { KeyId = _server.KeyId(ApiRole.ReviewOrganizer), Action = "conflicts.waiver" });
        Assert.That(rows.Select(r => r.Target), Is.EquivalentTo(new[]
        {
            $"conflicts: {_pagiola} {_pizarro} coauthor (nsf.coauthor) waived by Panel Chair: only expert on silvopastoral PES [request:waivers[0]]",
            $"conflicts: {_pagiola} {_pizarro} same-institution (nsf.same-institution) waived by Panel Chair: left the World Bank [request:waivers[1]]",
        }));
    }

    [Test]
    public async Task Conflicts_BadCuratorData_400ListingEveryProblem()
    {
        using var client = _server.Client(ApiRole.ReviewOrganizer);

        var (status, body) = await HttpJson.PostAsync(client, "/api/conflicts", new
        {
            applicants = new[] { _pagiola },
            reviewers = new[] { _pizarro },
            relations = new object[]
            {
                new { a = _pagiola, b = "someone", kind = "", from = "last spring" },
                new { a = _pagiola, b = "P99999999", kind = "advisor", from = "2005", to = "2001" },
            },
            aliases = new[] { new { organization = "World Bank", alias = "" } },
            waivers = new[] { new { applicant = _pagiola, reviewer = _pizarro, relation = "friend", reason = "", approver = "Panel Chair", time = "soon" } },
        });

        Assert.That(status, Is.EqualTo(400));
        Assert.That(body.GetProperty("problems").EnumerateArray().Select(p => p.GetString()), Is.EqualTo(new[]
        {
            "relations[0]: b 'someone' is not a person id (P12 or 12)",
            "relations[0]: kind is empty",
            "relations[0]: from 'last spring' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
            "relations[1]: to (2001 (year only)) is before from (2005 (year only))",
            "aliases[0]: organization and alias must both be given",
            "waivers[0]: relation 'friend' is not one of same-person, coauthor, coinventor, coinvestigator, same-institution, advisor, declared, second-degree",
            "waivers[0]: reason is empty (a waiver needs a reason)",
            "waivers[0]: time 'soon' is not an ISO 8601 date and time (a waiver needs a time)",
        }));
    }

    [Test]
    public async Task Conflicts_RelationWithAPersonNotInTheStore_400NamingIt()
    {
        using var client = _server.Client(ApiRole.ReviewOrganizer);

        var (status, body) = await HttpJson.PostAsync(client, "/api/conflicts", new
        {
            applicants = new[] { _pagiola },
            reviewers = new[] { _pizarro },
            relations = new[] { new { a = _pagiola, b = "P99999999", kind = "family" } },
        });

        Assert.That(status, Is.EqualTo(400));
        Assert.That(body.GetProperty("detail").GetString(), Does.StartWith("relations[0]: b: ").And.Contain("P99999999"));
    }

    [Test]
    public async Task Conflicts_MoreWaiversThanTheLimit_400NamingIt()
    {
        using var client = _server.Client(ApiRole.ReviewOrganizer);
        var waivers = Enumerable.Repeat(new { applicant = _pagiola, reviewer = _pizarro, relation = "coauthor", reason = "r", approver = "a", time = "2007-12-01T09:00:00Z" }, 1001);

        var (status, body) = await HttpJson.PostAsync(client, "/api/conflicts", new { applicants = new[] { _pagiola }, reviewers = new[] { _pizarro }, waivers });

        Assert.That(status, Is.EqualTo(400));
        Assert.That(body.GetProperty("detail").GetString(), Is.EqualTo("waivers: 1001 entries, more than the limit of 1000 per request"));
    }

    [Test]
    public async Task Reviewers_BadWaiver_400AsForConflicts()
    {
        using var client = _server.Client(ApiRole.ReviewOrganizer);

        var (status, body) = await HttpJson.PostAsync(client, "/api/reviewers", new
        {
            topic = "payments for environmental services",
            applicants = new[] { _pagiola },
            waivers = new[] { new { applicant = _pagiola, reviewer = _pizarro, relation = "coauthor", reason = "only expert", approver = "", time = "2007-12-01T09:00:00Z" } },
        });

        Assert.That(status, Is.EqualTo(400));
        Assert.That(body.GetProperty("detail").GetString(), Is.EqualTo("waivers[0]: approver is empty (a waiver needs an approver)"));
    }

    [Test]
    public async Task Reviewers_DeclaredRelationWithTheTopReviewer_ExcludesHim()
    {
        using var client = _server.Client(ApiRole.ReviewOrganizer);
        var ask = new { topic = "payments for environmental services", applicants = new[] { _pagiola }, k = 3, date = "2030-01-01" };

        var (_, before) = await HttpJson.PostAsync(client, "/api/reviewers", ask);
        var top = before.GetProperty("recommended")[0].GetProperty("personId").GetString()!;
        var (status, after) = await HttpJson.PostAsync(client, "/api/reviewers", new
        {
            ask.topic, ask.applicants, ask.k, ask.date,
            relations = new[] { new { a = top, b = _pagiola, kind = "family", note = "brothers-in-law" } },
        });

        Assert.That(status, Is.EqualTo(200), after.ToString());
        Assert.That(HttpJson.Strings(after.GetProperty("recommended"), "personId"), Does.Not.Contain(top));
        Assert.That(after.GetProperty("excluded").EnumerateArray().Single(e => e.GetProperty("personId").GetString() == top).GetProperty("reason").GetString(), Does.StartWith("declared"));
    }

    [Test]
    public async Task Conflicts_CuratorDataAsScout_403()
    {
        using var client = _server.Client(ApiRole.Scout);

        var (status, _) = await HttpJson.PostAsync(client, "/api/conflicts", new
        {
            applicants = new[] { _pagiola },
            reviewers = new[] { _pizarro },
            relations = new[] { new { a = _pagiola, b = _pizarro, kind = "advisor" } },
        });

        Assert.That(status, Is.EqualTo(403));
    }
}
