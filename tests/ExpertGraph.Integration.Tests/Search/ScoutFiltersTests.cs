using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Pipeline;
using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Query;
using ExpertGraph.Search.Careers;
using ExpertGraph.Search.Experts;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Integration.Tests.Search;

/// <summary>
/// Scout filters and facets on real records: 200 OpenAlex works on biodiversity finance, the go-uspto test patents and
/// an NSFC grant table, through the product's ingest. Every expected value is read off the files by hand (the OpenAlex
/// lines' authorships: institutions with their country codes, publication years, cited_by_count; the patents' inventors).
/// "Now" is fixed at 2026 so career ages do not drift.
/// </summary>
[TestFixture]
public sealed class ScoutFiltersTests
{
    private const string OpenAlexLines = "records/openalex-works-json/works_biodiversity_finance_200.jsonl";

    private TempDataFolder _temp = null!;
    private Workspace _workspace = null!;
    private ExpertSearcher _searcher = null!;

    [OneTimeSetUp]
    public async Task IngestRealRecords()
    {
        _temp = new TempDataFolder("eg-filters-");
        _workspace = Workspace.Open(new DataDirectory(_temp.Sub("data")));
        await _workspace.IngestAsync(
            [SharedData.Path(OpenAlexLines), SharedData.Path("records/nsfc-china-grants/19_21/C01"), SharedData.Path("records/uspto-patent-xml/go-uspto-test-data")],
            new IngestionOptions(), null, CancellationToken.None);
        _searcher = _workspace.OpenSearcher(clock: new FixedClock(2026));
    }

    [OneTimeTearDown]
    public void Cleanup()
    {
        _searcher?.Dispose();
        _workspace?.Dispose();
        _temp?.Dispose();
    }

    private ExpertSearchResult Search(ExpertQuery query) => _searcher.Search(query);

    private static ExpertHit Named(ExpertSearchResult result, string name) =>
        result.Experts.SingleOrDefault(e => e.Person.DisplayName == name) ?? throw new AssertionException($"{name} is not among {string.Join(", ", result.Experts.Select(e => e.Person.DisplayName))}");

    [Test]
    public void Career_TisdellMovedFromBritainToAustralia_CurrentInstitutionHistoryAndHIndex()
    {
        // Clem Tisdell (A5019087212): 1999 and 2000 at Cheltenham Festivals (GB, cited 34 and 4), 2008 at the University of
        // Queensland (AU, cited 104): h-index 3 (104 ≥ 1, 34 ≥ 2, 4 ≥ 3), first work 1999, so 27 years by 2026.
        var tisdell = Named(Search(new ExpertQuery("biodiversity") { Institution = "Queensland", Limit = 50 }), "Clem Tisdell");

        var career = tisdell.Career!;
        Assert.That(career.Current?.Name, Is.EqualTo("University of Queensland"));
        Assert.That(career.CountryCode, Is.EqualTo("AU"));
        Assert.That(career.Affiliations.Select(a => (a.Name, a.CountryCode, a.FirstYear, a.LastYear, a.Works)), Is.EqualTo(new[]
        {
            ("University of Queensland", (string?)"AU", (int?)2008, (int?)2008, 1),
            ("Cheltenham Festivals", "GB", 1999, 2000, 2),
        }));
        Assert.That((career.Works, career.Papers, career.Citations, career.HIndex), Is.EqualTo((3, 3, 142, 3)));
        Assert.That((career.FirstYear, career.LastYear, career.CareerAge, career.ApproximateAge), Is.EqualTo(((int?)1999, (int?)2008, (int?)27, (int?)53)));
    }

    [Test]
    public void Institution_CurrentPastAndAny_TisdellOnlyWhereHisHistoryPutsHim()
    {
        static ExpertQuery At(string name, InstitutionScope scope) => new("biodiversity") { Institution = name, InstitutionScope = scope, Limit = 50 };

        Assert.That(Search(At("Cheltenham", InstitutionScope.Current)).Experts, Is.Empty, "no one is at Cheltenham Festivals now");
        Assert.That(Search(At("Cheltenham", InstitutionScope.Past)).Experts.Select(e => e.Person.DisplayName), Is.EqualTo(new[] { "Clem Tisdell" }));
        Assert.That(Search(At("cheltenham festivals", InstitutionScope.Any)).Experts.Select(e => e.Person.DisplayName), Is.EqualTo(new[] { "Clem Tisdell" }));
        Assert.That(Search(At("Queensland", InstitutionScope.Past)).Experts, Is.Empty);
    }

    [Test]
    public void AsOf_2005_TisdellWasAtCheltenhamWithTwoWorks()
    {
        var result = Search(new ExpertQuery("biodiversity") { AsOfYear = 2005, Institution = "Cheltenham", Limit = 50 });

        var career = Named(result, "Clem Tisdell").Career!;
        Assert.That((career.Current?.Name, career.CountryCode), Is.EqualTo(("Cheltenham Festivals", (string?)"GB")));
        Assert.That((career.Works, career.HIndex, career.CareerAge), Is.EqualTo((2, 2, (int?)6)), "cited 34 and 4 by then; 2005 − 1999");
        Assert.That(result.Experts.SelectMany(e => e.TopWorks).Select(w => w.Year), Has.All.LessThanOrEqualTo(2005), "no work after 2005 counts");
    }

    [Test]
    public void TiesTo_China_NorwegianCoauthorsOfAChineseAffiliationButNotTheAuthorInChina()
    {
        // "Performance of the Global Environmental Facility (GEF) in China" (2005): Gørild Heggelund (Fridtjof Nansen
        // Institute, NO), Steinar Andresen (University of Oslo, NO) and Sun Ying (PowerChina, CN).
        var result = Search(new ExpertQuery("Global Environmental Facility China") { TiesTo = "CN", Expand = false, Limit = 50 });

        var names = result.Experts.Select(e => e.Person.DisplayName).ToList();
        Assert.That(names, Does.Contain("Gørild Heggelund").And.Contain("Steinar Andresen"));
        Assert.That(names, Does.Not.Contain("Sun Ying"), "in China: ties are what a person elsewhere has");
        var tie = Named(result, "Gørild Heggelund").Tie!;
        Assert.That((tie.Affiliations.Count, tie.CollaborationWorks, tie.FirstYear), Is.EqualTo((0, 1, (int?)2005)));
        Assert.That(result.Experts.Select(e => e.Career!.CountryCode), Has.None.EqualTo("CN"));
    }

    [Test]
    public void TiesTo_Britain_TisdellByHisFormerAffiliation()
    {
        var tie = Named(Search(new ExpertQuery("biodiversity") { TiesTo = "GB", Limit = 100 }), "Clem Tisdell").Tie!;

        Assert.That(tie.Describe(), Is.EqualTo("affiliated in GB: Cheltenham Festivals 1999–2000"));
    }

    [Test]
    public void Facets_SoilOrganicCarbon_TwentyAuthorsByCountryAndInstitution()
    {
        // The one work naming "soil organic carbon" (2007) has 20 authors: Colorado State University ×5 (US), Rothamsted
        // Research ×2 and the Met Office (GB), KARI ×2 and UNEP Nairobi (KE), Universidade de São Paulo ×2 (BR), IRD ×2
        // (FR), NBSS&LUP ×2 (IN), two in Jordan, ISRIC (NL); none of them has another work in the file.
        var result = Search(new ExpertQuery("\"soil organic carbon\"") { Expand = false, Limit = 5 });

        var facets = result.Facets!;
        Assert.That(facets.Experts, Is.EqualTo(20));
        Assert.That(facets.Countries.Select(c => (c.Value, c.Count)), Is.EqualTo(new[]
        {
            ("US", 5), ("GB", 3), ("KE", 3), ("BR", 2), ("FR", 2), ("IN", 2), ("JO", 2), ("NL", 1),
        }));
        Assert.That(facets.Institutions[0], Is.EqualTo(new FacetCount("Colorado State University", "Colorado State University", 5)));
        Assert.That(facets.Institutions.Skip(1).Take(5).Select(i => i.Count), Has.All.EqualTo(2));
        Assert.That(facets.Institutions, Has.Count.EqualTo(ExpertFacets.InstitutionsShown));
        Assert.That(facets.Kinds.Select(k => (k.Value, k.Count)), Is.EqualTo(new[] { ("paper", 20) }));
        Assert.That(facets.Stages.Sum(s => s.Count), Is.EqualTo(20));
        Assert.That(result.Experts, Has.Count.EqualTo(5), "facets count every expert kept, not only those shown");
    }

    [Test]
    public void CountryFilter_FacetsOfTheKeptExpertsOnly()
    {
        var result = Search(new ExpertQuery("\"soil organic carbon\"") { Expand = false, CountryCode = "KE", Limit = 10 });

        Assert.That(result.Experts.Select(e => e.Person.DisplayName), Is.EquivalentTo(new[] { "Mohamed F. Sessay", "Patrick Gicheru", "P. Kamoni" }));
        Assert.That(result.Facets!.Countries.Select(c => (c.Value, c.Count)), Is.EqualTo(new[] { ("KE", 3) }));
    }

    [Test]
    public void HasPatentsAndHasGrants_KeepOnlyInventorsOrGrantHolders()
    {
        // Heating: "SELF-REGULATING ELECTRIC HEATING FILM…" (6 inventors, Beihang University) and "APPARATUS, SYSTEM AND METHOD
        // OF PROVIDING A CONFORMABLE HEATER IN WEARABLES" (5 inventors, Jabil) among the go-uspto documents.
        var all = Search(new ExpertQuery("heating") { Expand = false, Limit = 100 });
        var inventors = Search(new ExpertQuery("heating") { Expand = false, HasPatents = true, Limit = 100 });

        Assert.That(inventors.Experts, Has.Count.EqualTo(11));
        Assert.That(inventors.Experts.Select(e => e.Career!.Patents), Has.All.GreaterThan(0));
        Assert.That(all.Facets!.Kinds.Single(k => k.Value == "patent").Count, Is.EqualTo(11));
        Assert.That(inventors.Facets!.Institutions.Select(i => (i.Value, i.Count)), Is.EquivalentTo(new[] { ("Beihang University", 6), ("JABIL INC.", 5) }));

        var holders = Search(new ExpertQuery("微生物") { HasGrants = true, Limit = 100 });
        Assert.That(holders.Experts, Is.Not.Empty, "the C01 table holds microbiology grants");
        Assert.That(holders.Experts.Select(e => e.Career!.Projects), Has.All.GreaterThan(0));
        Assert.That(Search(new ExpertQuery("biodiversity") { HasGrants = true, Limit = 100 }).Experts.Select(e => e.Career!.Projects), Has.All.GreaterThan(0));
    }

    [Test]
    public void CareerAgeActiveSinceAndStage_EveryKeptExpertWithinTheAskedBounds()
    {
        var young = Search(new ExpertQuery("biodiversity") { CareerAge = new YearRange(null, 19), Limit = 200 });
        var aged = Search(new ExpertQuery("biodiversity") { ApproximateAge = new YearRange(50, 60), Limit = 200 });
        var active = Search(new ExpertQuery("biodiversity") { ActiveSince = 2009, Limit = 200 });
        var leaders = Search(new ExpertQuery("biodiversity") { Stages = [CareerStage.ChiefScientist, CareerStage.AcademicLeader], Limit = 200 });

        // The file's works run 1997–2010 (+ a few later): a career started in 2007 or later is at most 19 years old in 2026.
        Assert.That(young.Experts.Select(e => e.Career!.FirstYear), Is.Not.Empty.And.All.GreaterThanOrEqualTo(2007));
        Assert.That(aged.Experts.Select(e => e.Career!.FirstYear), Is.Not.Empty.And.All.InRange(1992, 2002), "age ≈ 26 + (2026 − first year)");
        Assert.That(active.Experts.Select(e => e.Career!.LastYear), Is.Not.Empty.And.All.GreaterThanOrEqualTo(2009));
        Assert.That(leaders.Experts.Select(e => e.Career!.Stage), Is.Not.Empty.And.All.AnyOf(CareerStage.ChiefScientist, CareerStage.AcademicLeader));
        Assert.That(leaders.Facets!.Stages.Select(s => s.Value), Is.SubsetOf(new[] { "chief-scientist", "academic-leader" }));
        Assert.That(leaders.Experts.Select(e => e.Career!.CareerAge), Has.All.GreaterThanOrEqualTo(CareerStages.LeaderMinCareerAge));
    }

    private sealed class FixedClock(int year) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(year, 6, 1, 0, 0, 0, TimeSpan.Zero);
    }
}
