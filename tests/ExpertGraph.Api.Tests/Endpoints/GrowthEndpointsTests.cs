using System.Text.Json;
using ExpertGraph.Api.Tests.Support;
using ExpertGraph.Query.Access;

namespace ExpertGraph.Api.Tests.Endpoints;

/// <summary>
/// GET /api/flows and GET /api/trends on the samples. The moves between countries, read off samples/openalex by hand
/// (works_biodiversity_finance_200.jsonl and the chunks): "Paying for Biodiversity Conservation Services" (2005, W2180613954)
/// gives José Gobbi, Muhammad Ibrahim, Enrique Murgueitio and Elías Ramírez the World Bank (US); on "Paying for the
/// environmental services of silvopastoral practices in Nicaragua" (2007, W2138516309) Gobbi and Ibrahim are at CATIE
/// (CR), Murgueitio at CIPAV (CO), Ramírez at the Central American University (NI): four departures from US in 2007.
/// Clem Tisdell is at Cheltenham Festivals (GB) on his 1999 and 2000 works and at the University of Queensland (AU) in
/// 2008. Every other move in the samples stays within one country, so the balances are US −4, GB −1, CR +2, AU, CO, NI +1.
/// </summary>
[TestFixture]
public sealed class GrowthEndpointsTests
{
    private ApiServer _server = null!;

    [OneTimeSetUp]
    public async Task Start() => _server = await ApiServer.StartAsync(SampleSetUp.Samples.Directory);

    [OneTimeTearDown]
    public async Task Stop() => await _server.DisposeAsync();

    [Test]
    public async Task Flows_EveryField_CountryBalancesAsReadOffTheSamples()
    {
        using var analyst = _server.Client(ApiRole.Analyst);

        var (status, body) = await HttpJson.GetAsync(analyst, "/api/flows?period=5");

        Assert.That(status, Is.EqualTo(200), body.ToString());
        Assert.That(Balances(body), Is.EqualTo(new[]
        {
            ("CR", 2, 0, 2), ("AU", 1, 0, 1), ("CO", 1, 0, 1), ("NI", 1, 0, 1), ("GB", 0, 1, -1), ("US", 0, 4, -4),
        }));
        var usToCr = body.GetProperty("countries").EnumerateArray().Single(c => c.GetProperty("from").GetString() == "US" && c.GetProperty("to").GetString() == "CR");
        Assert.That((usToCr.GetProperty("periodStart").GetInt32(), usToCr.GetProperty("periodEnd").GetInt32(), usToCr.GetProperty("moves").GetInt32(), usToCr.GetProperty("persons").GetInt32()),
            Is.EqualTo((2005, 2009, 2, 2)));
        var first = body.GetProperty("institutions")[0];
        Assert.That((first.GetProperty("from").GetString(), first.GetProperty("to").GetString(), first.GetProperty("moves").GetInt32(), first.GetProperty("firstYear").GetInt32()),
            Is.EqualTo(("World Bank", "Centro Agronomico Tropical de Investigacion y Ensenanza Catie", 2, 2007)));
    }

    [Test]
    public async Task Flows_CountryCostaRica_OnlyTheTwoMovesToIt()
    {
        using var analyst = _server.Client(ApiRole.Analyst);

        var (status, body) = await HttpJson.GetAsync(analyst, "/api/flows?country=cr");

        Assert.That(status, Is.EqualTo(200), body.ToString());
        Assert.That((body.GetProperty("country").GetString(), body.GetProperty("moves").GetInt32(), body.GetProperty("movers").GetInt32()), Is.EqualTo(("CR", 2, 2)));
        Assert.That(Balances(body), Is.EqualTo(new[] { ("CR", 2, 0, 2), ("US", 0, 2, -2) }));
    }

    [Test]
    public async Task Flows_BadPeriodAndCountry_400ListingBoth()
    {
        using var analyst = _server.Client(ApiRole.Analyst);

        var (status, body) = await HttpJson.GetAsync(analyst, "/api/flows?period=0&country=China&institutions=1000");

        Assert.That(status, Is.EqualTo(400));
        Assert.That(body.GetProperty("problems").EnumerateArray().Select(p => p.GetString()), Is.EqualTo(new[]
        {
            "period 0 is below the minimum of 1",
            "institutions 1000 is above the maximum of 100",
            "country 'China' is not a two-letter country code (CN, US)",
        }));
    }

    [TestCase("/api/flows?field=no%20such%20discipline")]
    [TestCase("/api/trends?field=no%20such%20discipline")]
    public async Task UnknownField_404NamingIt(string path)
    {
        using var analyst = _server.Client(ApiRole.Analyst);

        var (status, body) = await HttpJson.GetAsync(analyst, path);

        Assert.That(status, Is.EqualTo(404));
        Assert.That(body.GetProperty("detail").GetString(), Is.EqualTo("field \"no such discipline\" names no lexicon concept and no person's field"));
        Assert.That(body.GetProperty("field").GetString(), Is.EqualTo("no such discipline"));
    }

    [Test]
    public async Task Trends_WithoutFieldAndHorizonTooLong_400ListingBoth()
    {
        using var analyst = _server.Client(ApiRole.Analyst);

        var (status, body) = await HttpJson.GetAsync(analyst, "/api/trends?horizon=11");

        Assert.That(status, Is.EqualTo(400));
        Assert.That(body.GetProperty("problems").EnumerateArray().Select(p => p.GetString()), Is.EqualTo(new[]
        {
            "horizon 11 is above the maximum of 10",
            "field is missing: give a lexicon concept id or a discipline's label (Economics, 经济学)",
        }));
    }

    [Test]
    public async Task Trends_Economics_HeldOutFiguresFirstAndRisingWithinTheLimit()
    {
        using var analyst = _server.Client(ApiRole.Analyst);

        var (status, body) = await HttpJson.GetAsync(analyst, "/api/trends?field=Economics&limit=5");

        Assert.That(status, Is.EqualTo(200), body.ToString());
        Assert.That(body.GetProperty("evaluation").EnumerateArray().Select(e => e.GetProperty("target").GetString()), Is.EqualTo(new[] { "h-index", "works" }));
        var rising = body.GetProperty("rising").EnumerateArray().ToList();
        Assert.That(rising, Has.Count.EqualTo(5));
        Assert.That(rising.Select(r => r.GetProperty("rank").GetInt32()), Is.EqualTo(new[] { 1, 2, 3, 4, 5 }));
        foreach (var person in rising)
        {
            Assert.That(person.GetProperty("personId").GetString(), Does.StartWith("P"));
            Assert.That(person.GetProperty("low").GetDouble(), Is.LessThanOrEqualTo(person.GetProperty("predicted").GetDouble()));
            Assert.That(person.GetProperty("predicted").GetDouble(), Is.LessThanOrEqualTo(person.GetProperty("high").GetDouble()));
            Assert.That(person.GetProperty("low").GetDouble(), Is.GreaterThanOrEqualTo(person.GetProperty("current").GetInt32()), "never below the value now");
            Assert.That(person.GetProperty("drivers").GetArrayLength(), Is.EqualTo(4));
        }

        Assert.That(body.GetProperty("momentum").EnumerateArray().Any(m => m.GetProperty("asked").GetBoolean()), Is.True);
    }

    [Test]
    public async Task FlowsAndTrends_EachAuditedWithTargetAndPersons()
    {
        using var analyst = _server.Client(ApiRole.Analyst);
        Assert.That((await HttpJson.GetAsync(analyst, "/api/flows?country=CR&period=10")).Status, Is.EqualTo(200));
        Assert.That((await HttpJson.GetAsync(analyst, "/api/trends?field=Economics&limit=3")).Status, Is.EqualTo(200));

        using var admin = _server.Client(ApiRole.Admin);
        var (status, body) = await HttpJson.GetAsync(admin, $"/api/audit?key={_server.KeyId(ApiRole.Analyst)}&limit=100");

        Assert.That(status, Is.EqualTo(200), body.ToString());
        var rows = body.GetProperty("entries").EnumerateArray()
            .Select(e => (e.GetProperty("action").GetString(), e.GetProperty("target").GetString(), e.GetProperty("persons").GetInt32())).ToList();
        // Gobbi and Ibrahim moved to CR; three rising persons answered.
        Assert.That(rows, Does.Contain(("growth.flows", "every field, CR, period 10", 2)));
        Assert.That(rows, Does.Contain(("growth.trends", "Economics, horizon 5", 3)));
    }

    private static List<(string, int, int, int)> Balances(JsonElement body) =>
    [
        .. body.GetProperty("balances").EnumerateArray().Select(b =>
            (b.GetProperty("country").GetString()!, b.GetProperty("arrivals").GetInt32(), b.GetProperty("departures").GetInt32(), b.GetProperty("net").GetInt32())),
    ];
}
