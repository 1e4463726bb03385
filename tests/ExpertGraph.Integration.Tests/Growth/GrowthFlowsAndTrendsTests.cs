using ExpertGraph.Query;
using ExpertGraph.Query.Growth;
using ExpertGraph.Search.Growth;

namespace ExpertGraph.Integration.Tests.Growth;

/// <summary>
/// Flows and trends on a history written by hand: Ann moves from Alpha (US) to Beta (CN) in 2012 and Bo from Beta to
/// Gamma (DE) in 2016; Cy stays at Alpha. Ann and Cy are of field F1, Bo of F2.
/// </summary>
[TestFixture]
public sealed class GrowthFlowsAndTrendsTests
{
    private static readonly CareerHistoryBuilder.Institution Alpha = new(1, "Alpha University", "US");
    private static readonly CareerHistoryBuilder.Institution Beta = new(2, "Beta Institute", "CN");
    private static readonly CareerHistoryBuilder.Institution Gamma = new(3, "Gamma Lab", "DE");

    private static CareerHistory History() => new CareerHistoryBuilder()
        .AddPerson(1, "Ann", "F1").AddPerson(2, "Bo", "F2").AddPerson(3, "Cy", "F1")
        .AddWork(1, 2009, 4, Alpha).AddWork(1, 2011, 2, Alpha).AddWork(1, 2012, 1, Beta).AddWork(1, 2013, 0, Beta)
        .AddWork(2, 2012, 3, Beta).AddWork(2, 2016, 0, Gamma)
        .AddWork(3, 2010, 1, Alpha).AddWork(3, 2012, 1, Alpha).AddWork(3, 2013, 5, Alpha)
        .Build();

    [Test]
    public void Flows_EveryPerson_CountryTableBalancesAndInstitutionPairsByHand()
    {
        var flows = Workspace.GetFlows(History(), fields: null, periodYears: 5, institutions: 10);

        Assert.Multiple(() =>
        {
            Assert.That((flows.Persons, flows.PersonsWithAffiliations, flows.Moves.Count), Is.EqualTo((3, 3, 2)));
            Assert.That(flows.Countries.Select(f => (f.PeriodStart, f.PeriodEnd, f.From, f.To, f.Moves)),
                Is.EqualTo(new[] { (2010, 2014, "US", "CN", 1), (2015, 2019, "CN", "DE", 1) }));
            Assert.That(flows.Balances.Select(b => (b.Country, b.In, b.Out, b.Net)), Is.EqualTo(new[] { ("DE", 1, 0, 1), ("CN", 1, 1, 0), ("US", 0, 1, -1) }));
            Assert.That(flows.Institutions.Select(i => (i.From, i.To, i.Moves, i.FirstYear)),
                Is.EqualTo(new[] { ("Alpha University", "Beta Institute", 1, 2012), ("Beta Institute", "Gamma Lab", 1, 2016) }));
        });
    }

    [Test]
    public void Flows_OneField_OnlyItsPersonsMoves()
    {
        var flows = Workspace.GetFlows(History(), new HashSet<string> { "F2" }, periodYears: 10, institutions: 10);

        Assert.That(flows.Persons, Is.EqualTo(1));
        Assert.That(flows.Countries.Select(f => (f.PeriodStart, f.From, f.To)), Is.EqualTo(new[] { (2010, "CN", "DE") }));
    }

    [Test]
    public void Trends_TooFewPersonsForAModel_SaysSoAndStillGivesTheFieldsMomentum()
    {
        // Dated works per year: 2009 1, 2010 1, 2011 1, 2012 3, 2013 2, 2016 1: the last complete year is 2013.
        // F1 in 2011–2013: Ann 3, Cy 2 = 5 works; in 2008–2010: Ann 1, Cy 1 = 2; momentum 2.5.
        var report = GrowthTrends.Compute(History(), new HashSet<string> { "F1" }, countryCode: null, horizon: 2, limit: 5, seed: 1);

        Assert.Multiple(() =>
        {
            Assert.That((report.Year, report.Persons), Is.EqualTo((2013, 2)));
            Assert.That(report.Rising, Is.Empty);
            Assert.That(report.Evaluation.Select(t => t.Skipped), Has.All.StartsWith("too few persons"));
            Assert.That(report.Momentum.Select(m => (m.Field, m.RecentWorks, m.PriorWorks, m.Momentum)), Is.EqualTo(new[] { ("F1", 5L, 2L, 2.5) }));
        });
    }

    [Test]
    public void Trends_ACountry_CountsOnlyPersonsWhoseInstitutionAtTheYearIsThere()
    {
        var report = GrowthTrends.Compute(History(), new HashSet<string> { "F1" }, countryCode: "CN", horizon: 2, limit: 5, seed: 1);

        Assert.That(report.Persons, Is.EqualTo(1), "Ann is at Beta (CN) in 2013, Cy at Alpha (US)");
    }
}
