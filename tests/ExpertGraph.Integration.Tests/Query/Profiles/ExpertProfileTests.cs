using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Ingestion.Pipeline;
using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Query;
using ExpertGraph.Query.Profiles;
using ExpertGraph.Tests.Shared;
using ExpertGraph.Tests.Shared.Stores;

namespace ExpertGraph.Integration.Tests.Query.Profiles;

/// <summary>
/// Profiles of persons of a real OpenAlex file, on both stores, checked against what the file says of them. Read by
/// hand from records/openalex-works-json/works_biodiversity_finance_200.jsonl (python3 -c 'import json' over its lines):
/// <list type="bullet">
/// <item>Clem Tisdell (author A5019087212, ORCID 0000-0003-4370-4692, display_name "Clem Tisdell" on all three):
/// W3023705820 (1999, article, cited_by_count 34, no primary_location source, sole author, institutions[0] Cheltenham
/// Festivals GB); W1562329700 (2000, article, 4, Ecological Economics, sole author, Cheltenham Festivals GB);
/// W2135181183 (2008, article, 104, Biodiversity and Conservation, second of two authors after Hemanath Swarna Nantha
/// A5080186128, University of Queensland AU). Every title names conservation.</item>
/// <item>Elías Ramírez (A5083878833): W2180613954 (2005, 67 citations, 9 authors, institutions[0] World Bank US) and
/// W2138516309 (2007, 292 citations, 7 authors, second, Central American University NI). Stefano Pagiola, José Gobbi,
/// C. de Haan, Muhammad Ibrahim, Enrique Murgueitio and Juan Pablo Pizarro Ruiz are on both; Paola Agostini and
/// Mauricio Rosales on the 2005 one only; every one of them with an OpenAlex author id of their own.</item>
/// </list>
/// </summary>
[TestFixture(StoreKind.Sqlite)]
[TestFixture(StoreKind.Postgres)]
public sealed class ExpertProfileTests(StoreKind kind)
{
    private static readonly ProfileOptions Options = new() { Time = new FixedTime(new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero)) };

    private TempDataFolder _temp = null!;
    private Workspace _workspace = null!;

    [OneTimeSetUp]
    public async Task IngestRealRecords()
    {
        _temp = new TempDataFolder("eg-profile-");
        _workspace = TestStores.Create(kind, _temp.Sub("data")).OpenWorkspace();
        await _workspace.IngestAsync([SharedData.Path("records/openalex-works-json/works_biodiversity_finance_200.jsonl")],
            new IngestionOptions(), null, CancellationToken.None);
    }

    [OneTimeTearDown]
    public void Cleanup()
    {
        _workspace?.Dispose();
        _temp?.Dispose();
    }

    /// <summary>The person at a 1-based author position of a work.</summary>
    private PersonId PersonAt(string openAlexWork, int position)
    {
        var work = _workspace.Store.FindWork(new SourceKey("openalex", openAlexWork)) ?? throw new AssertionException($"{openAlexWork} not stored");
        return _workspace.Store.GetWorkMentions(work).Single(m => m.Mention.Position == position).Person;
    }

    [Test]
    public void GetExpertProfile_ClemTisdell_NamesAffiliationsStatisticsAndWorksAsInTheFile()
    {
        var tisdell = PersonAt("W2135181183", 2);

        var profile = _workspace.GetExpertProfile(tisdell, Options with { Works = 2 });

        Assert.That((profile.Id, profile.DisplayName, profile.Orcid), Is.EqualTo((tisdell, "Clem Tisdell", "0000-0003-4370-4692")));
        Assert.That(profile.NameVariants, Is.EqualTo(new[] { "Clem Tisdell" }));
        Assert.That((profile.Institution, profile.CountryCode), Is.EqualTo(("University of Queensland", "AU")));
        Assert.That(profile.Affiliations.Select(a => (a.InstitutionName, a.CountryCode, a.FirstYear, a.LastYear, a.WorkCount)), Is.EqualTo(new[]
        {
            ("University of Queensland", "AU", (int?)2008, (int?)2008, 1),
            ("Cheltenham Festivals", "GB", 1999, 2000, 2),
        }));
        // Citations 104 + 34 + 4 = 142; in order 104, 34, 4: the third has 4 ≥ 3, so h = 3. Career: 2025 − 1999.
        Assert.That(profile.Statistics, Is.EqualTo(new ProfileStatistics(3, 3, 0, 0, 142, 3, 1999, 2008) { CareerAge = 26, ReferenceYear = 2025, Coauthors = 1 }));
        Assert.That(profile.WorksByYear, Is.EqualTo(new[] { new WorkYearCount(2008, 1, 0, 0), new WorkYearCount(2000, 1, 0, 0), new WorkYearCount(1999, 1, 0, 0) }));
        Assert.That(profile.RecentWorks.Select(w => (w.Key.Id, w.Year)), Is.EqualTo(new[] { ("W2135181183", (int?)2008), ("W1562329700", 2000) }));
        Assert.That(profile.MostCitedWorks.Select(w => (w.Key.Id, w.Kind, w.Year, w.Venue, w.Citations)), Is.EqualTo(new[]
        {
            ("W2135181183", WorkKind.Paper, (int?)2008, (string?)"Biodiversity and Conservation", (int?)104),
            ("W3023705820", WorkKind.Paper, 1999, null, 34),
        }), "two works asked for");
        Assert.That(profile.RecentWorks[0].Title, Is.EqualTo("The orangutan–oil palm conflict: economic constraints and opportunities for conservation"));
        Assert.That(profile.Coauthors.Select(c => (c.DisplayName, c.SharedWorks, c.FirstYear, c.LastYear)), Is.EqualTo(new[] { ("Hemanath Swarna Nantha", 1, (int?)2008, (int?)2008) }));
        Assert.That(profile.Coauthors[0].Person, Is.EqualTo(PersonAt("W2135181183", 1)));
        Assert.That(profile.DerivedTablesStale, Is.False);
        // The career the filters read agrees with the profile: same institution now, same age, and the stage's field is
        // the discipline the profile puts first.
        Assert.That((profile.Career?.Current?.Name, profile.Career?.CareerAge, profile.Career?.HIndex), Is.EqualTo(("University of Queensland", (int?)26, (int?)3)));
        Assert.That(profile.Career!.Field, Is.EqualTo(profile.Disciplines.Concepts[0].ConceptId));
    }

    [Test]
    public void GetExpertProfile_ClemTisdell_MostCitedInCitationOrderWithTheWorkWithoutVenue()
    {
        var profile = _workspace.GetExpertProfile(PersonAt("W2135181183", 2), Options);

        Assert.That(profile.MostCitedWorks.Select(w => (w.Key.Id, w.Venue, w.Citations)), Is.EqualTo(new[]
        {
            ("W2135181183", (string?)"Biodiversity and Conservation", (int?)104),
            ("W3023705820", null, 34),
            ("W1562329700", "Ecological Economics", 4),
        }));
    }

    [Test]
    public void GetExpertProfile_ClemTisdell_ConceptsAtTheTwoLevelsWithConservationAmongTheSubfields()
    {
        var profile = _workspace.GetExpertProfile(PersonAt("W2135181183", 2), Options);
        var lexicon = _workspace.Lexicon!.Tagger.Lexicon;

        Assert.That(profile.Disciplines.Level, Is.EqualTo(ProfileOptions.DefaultDisciplineLevel));
        Assert.That(profile.Subfields.Level, Is.EqualTo(ProfileOptions.DefaultSubfieldLevel));
        foreach (var level in new[] { profile.Disciplines, profile.Subfields })
        {
            Assert.That(level.Concepts, Has.Count.InRange(1, Options.ConceptsPerLevel));
            Assert.That(level.Concepts.Select(c => lexicon.TryFind(c.ConceptId, out var i) ? lexicon.Concepts[i].Level : 0), Is.All.EqualTo(level.Level));
            Assert.That(level.Concepts.Select(c => c.Weight), Is.Ordered.Descending);
            Assert.That(level.Concepts.Sum(c => c.Share), Is.LessThanOrEqualTo(1 + 1e-9));
        }

        Assert.That(profile.Subfields.Concepts.Select(c => c.LabelEn), Does.Contain("Conservation"));
    }

    [Test]
    public void GetExpertProfile_EliasRamirez_TwoInstitutionsAndEightCoauthorsMostSharedFirst()
    {
        var ramirez = PersonAt("W2138516309", 2);

        var profile = _workspace.GetExpertProfile(ramirez, Options with { Coauthors = 7 });

        Assert.That(profile.DisplayName, Is.EqualTo("Elías Ramírez"));
        Assert.That(profile.Affiliations.Select(a => (a.InstitutionName, a.CountryCode, a.FirstYear, a.WorkCount)), Is.EqualTo(new[]
        {
            ("Central American University", "NI", (int?)2007, 1),
            ("World Bank", "US", 2005, 1),
        }));
        // Six share both works (2005–2007), in name order; of the two on the 2005 work only, Mauricio before Paola; seven shown.
        Assert.That(profile.Coauthors.Select(c => (c.DisplayName, c.SharedWorks, c.FirstYear, c.LastYear)), Is.EqualTo(new[]
        {
            ("C. de Haan", 2, (int?)2005, (int?)2007),
            ("Enrique Murgueitio", 2, 2005, 2007),
            ("José Gobbi", 2, 2005, 2007),
            ("Juan Pablo Pizarro Ruiz", 2, 2005, 2007),
            ("Muhammad Ibrahim", 2, 2005, 2007),
            ("Stefano Pagiola", 2, 2005, 2007),
            ("Mauricio Rosales", 1, 2005, 2005),
        }));
        // 292 + 67 citations; both cited at least twice: h = 2.
        Assert.That(profile.Statistics, Is.EqualTo(new ProfileStatistics(2, 2, 0, 0, 359, 2, 2005, 2007) { CareerAge = 20, ReferenceYear = 2025, Coauthors = 8 }));
    }

    [Test]
    public void GetExpertProfile_UnknownId_UnknownPersonExceptionNamingIt()
    {
        var unknown = new PersonId(987_654_321);

        var thrown = Assert.Throws<UnknownPersonException>(() => _workspace.GetExpertProfile(unknown, Options));

        Assert.That(thrown.Message, Is.EqualTo("unknown person P987654321"));
        Assert.That((thrown.Person, thrown.MergedInto), Is.EqualTo(((PersonId?)unknown, (PersonId?)null)));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
