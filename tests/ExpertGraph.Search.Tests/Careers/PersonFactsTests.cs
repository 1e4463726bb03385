using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Core.Storage;
using ExpertGraph.Search.Careers;
using ExpertGraph.Search.Growth;
using ExpertGraph.Storage.Sqlite;

namespace ExpertGraph.Search.Tests.Careers;

/// <summary>
/// Careers computed from person facts on a small store laid out so every value is plain: Ann was at MIT (US) 2003–2012,
/// then at Peking University (CN) from 2015; Bo stays at MIT and writes once with a Tsinghua (CN) co-author; Cy is at
/// Tsinghua. Citations: Ann's works 10, 3, 8, 1 and 50 undated (h 3 in all, h 2 up to 2012).
/// </summary>
[TestFixture]
public sealed class PersonFactsTests
{
    private string _folder = "";
    private SqliteExpertStore _store = null!;
    private PersonId _ann, _bo, _cy;

    [SetUp]
    public void BuildStore()
    {
        _folder = Directory.CreateTempSubdirectory("eg-facts-").FullName;
        _store = SqliteExpertStore.Open(Path.Combine(_folder, "store.db"));
        using var session = _store.BeginWrite();
        _ann = Person(session, "Ann Lee");
        _bo = Person(session, "Bo Li");
        _cy = Person(session, "Cy Wu");
        var mit = session.GetOrCreateInstitution("Massachusetts Institute of Technology", "mit", "US");
        var pku = session.GetOrCreateInstitution("Peking University", "peking university", "CN");
        var tsinghua = session.GetOrCreateInstitution("Tsinghua University", "tsinghua university", "CN");
        Write(session, "w1", WorkKind.Paper, 2003, 10, ["US"], (_ann, mit));
        Write(session, "w2", WorkKind.Patent, 2012, 3, ["US"], (_ann, mit), (_bo, mit));
        Write(session, "w3", WorkKind.Paper, 2015, 8, ["CN"], (_ann, pku));
        Write(session, "w4", WorkKind.Project, 2018, 1, ["CN"], (_ann, pku));
        Write(session, "w5", WorkKind.Paper, null, 50, [], (_ann, null));
        Write(session, "w6", WorkKind.Paper, 2016, 0, ["CN", "US"], (_bo, mit), (_cy, tsinghua));
        session.Commit();
    }

    [TearDown]
    public void Cleanup()
    {
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static PersonId Person(IStoreWriteSession session, string name) =>
        session.CreatePerson(new NewPerson(name, new PersonName(name.Split(' ')[1], name.Split(' ')[0], NameScript.Latin), name.ToLowerInvariant()));

    private static void Write(IStoreWriteSession session, string id, WorkKind kind, int? year, int citations, string[] countries, params (PersonId Person, InstitutionId? Institution)[] authors)
    {
        var work = new Work(new SourceKey("test", id), kind, "Work " + id)
        {
            Year = year,
            CitationCount = citations,
            Authors = [.. authors.Select((a, i) => new AuthorMention("name " + i, i)
            {
                Affiliations = i < countries.Length ? [new AffiliationMention("somewhere") { CountryCode = countries[i] }] : [],
            })],
        };
        var upsert = session.UpsertWork(work, id);
        session.ReplaceAuthorships(upsert.Id, [.. authors.Select((a, i) => new AuthorshipRow(i, a.Person, "name " + i, AuthorRole.Author) { Institution = a.Institution })]);
    }

    [Test]
    public void Career_TwoInstitutions_CurrentIsTheLatestAndEveryCountAddsUp()
    {
        var facts = PersonFactsBuilder.Build(_store);

        var ann = facts.Career(_ann.Value, referenceYear: 2026)!;

        Assert.That(ann.Current?.Name, Is.EqualTo("Peking University"));
        Assert.That(ann.CountryCode, Is.EqualTo("CN"));
        Assert.That(ann.Affiliations.Select(a => (a.Name, a.FirstYear, a.LastYear, a.Works)), Is.EqualTo(new[]
        {
            ("Peking University", (int?)2015, (int?)2018, 2),
            ("Massachusetts Institute of Technology", (int?)2003, (int?)2012, 2),
        }));
        Assert.That((ann.Works, ann.Papers, ann.Patents, ann.Projects), Is.EqualTo((5, 3, 1, 1)), "the undated work counts when no date is asked");
        Assert.That((ann.FirstYear, ann.LastYear, ann.CareerAge, ann.ApproximateAge), Is.EqualTo(((int?)2003, (int?)2018, (int?)23, (int?)49)));
        Assert.That((ann.Citations, ann.HIndex), Is.EqualTo((72, 3)), "citations 50, 10, 8, 3, 1: three works with at least 3");
    }

    [Test]
    public void Career_AsOfAPastYear_OnlyWorksUpToThenCountAndTheInstitutionIsThatYears()
    {
        var facts = PersonFactsBuilder.Build(_store);

        var ann = facts.Career(_ann.Value, referenceYear: 2026, asOfYear: 2012)!;

        Assert.That(ann.Current?.Name, Is.EqualTo("Massachusetts Institute of Technology"));
        Assert.That(ann.CountryCode, Is.EqualTo("US"));
        Assert.That((ann.Works, ann.Papers, ann.Patents, ann.Projects), Is.EqualTo((2, 1, 1, 0)));
        Assert.That((ann.CareerAge, ann.HIndex, ann.Citations), Is.EqualTo(((int?)9, 2, 13)), "career age counts to the as-of year, not to today");
        Assert.That(facts.WorksUpTo(_ann.Value, 2012).Count(), Is.EqualTo(2));
        Assert.That(facts.Career(_cy.Value, 2026, asOfYear: 2010), Is.Not.Null.And.Property(nameof(PersonCareer.Works)).EqualTo(0));
    }

    [Test]
    public void TieTo_AffiliatedInTheCountryBefore_NamesTheInstitutionAndYears()
    {
        var facts = PersonFactsBuilder.Build(_store);

        var tie = facts.TieTo(facts.Career(_ann.Value, 2026)!, "US");

        Assert.That(tie, Is.Not.Null);
        Assert.That(tie!.Affiliations.Select(a => a.Name), Is.EqualTo(new[] { "Massachusetts Institute of Technology" }));
        Assert.That(tie.CollaborationWorks, Is.Zero, "both US works were written at MIT: affiliation, not collaboration");
        Assert.That(tie.Describe(), Is.EqualTo("affiliated in US: Massachusetts Institute of Technology 2003–2012"));
    }

    [Test]
    public void TieTo_WroteWithTheCountrysInstitutions_CountsThoseWorks()
    {
        var facts = PersonFactsBuilder.Build(_store);

        var tie = facts.TieTo(facts.Career(_bo.Value, 2026)!, "CN");

        Assert.That(tie, Is.Not.Null);
        Assert.That(tie!.Affiliations, Is.Empty);
        Assert.That((tie.CollaborationWorks, tie.FirstYear, tie.LastYear), Is.EqualTo((1, (int?)2016, (int?)2016)));
        Assert.That(facts.TieTo(facts.Career(_bo.Value, 2026, asOfYear: 2015)!, "CN", asOfYear: 2015), Is.Null, "the CN work is from 2016");
    }

    [Test]
    public void TieTo_InTheCountryNowOrNeverThere_NoTie()
    {
        var facts = PersonFactsBuilder.Build(_store);

        Assert.That(facts.TieTo(facts.Career(_cy.Value, 2026)!, "CN"), Is.Null, "in CN now: no ties to it, whatever the history");
        Assert.That(facts.TieTo(facts.Career(_ann.Value, 2026)!, "DE"), Is.Null);
        Assert.That(facts.TieTo(facts.Career(_ann.Value, 2026, asOfYear: 2012)!, "CN", asOfYear: 2012), Is.Null, "Ann moved to CN after 2012");
    }

    [Test]
    public void FieldPercentile_OneFieldOfThree_SharesBelowPlusHalfTheTies()
    {
        var facts = PersonFactsBuilder.Build(_store);

        // No lexicon concepts here: all three are in one field, ordered by h-index then works: Cy (0, 1) < Bo (1, 2) < Ann (3, 5).
        Assert.That(facts.Career(_cy.Value, 2026)!.FieldPercentile, Is.EqualTo(1 / 6.0).Within(1e-6));
        Assert.That(facts.Career(_bo.Value, 2026)!.FieldPercentile, Is.EqualTo(3 / 6.0).Within(1e-6));
        Assert.That(facts.Career(_ann.Value, 2026)!.FieldPercentile, Is.EqualTo(5 / 6.0).Within(1e-6));
        Assert.That(facts.Career(_ann.Value, 2026)!.Stage, Is.EqualTo(CareerStage.AcademicLeader), "23 years, percentile 0.83");
        Assert.That(facts.Career(_ann.Value, 2026)!.Field, Is.Null);
    }

    [TestCase(null)]
    [TestCase(2003)]
    [TestCase(2012)]
    [TestCase(2016)]
    public void Glance_EveryPersonAtADate_SameValuesAsTheWholeCareer(int? asOfYear)
    {
        var facts = PersonFactsBuilder.Build(_store);

        foreach (var person in new[] { _ann, _bo, _cy })
        {
            var career = facts.Career(person.Value, 2026, asOfYear)!;
            var glance = facts.Glance(person.Value, 2026, asOfYear)!.Value;
            Assert.That(
                (glance.FirstYear, glance.LastYear, glance.CareerAge, glance.Patents, glance.Projects, glance.Stage, glance.InstitutionId, glance.InstitutionName, glance.CountryCode),
                Is.EqualTo((career.FirstYear, career.LastYear, career.CareerAge, career.Patents, career.Projects, career.Stage, career.Current?.InstitutionId, career.Current?.Name, career.CountryCode)),
                $"{person} as of {asOfYear}");
        }

        Assert.That(facts.Glance(987654, 2026), Is.Null);
    }

    [Test]
    public void Build_PersonTwiceOnAWork_OneWorkAtTheLowerInstitution()
    {
        using (var session = _store.BeginWrite())
        {
            var harvard = session.GetOrCreateInstitution("Harvard University", "harvard university", "US");
            var mit = session.GetOrCreateInstitution("Massachusetts Institute of Technology", "mit", "US");
            Write(session, "w7", WorkKind.Paper, 2020, 2, ["US", "US"], (_cy, harvard), (_cy, mit));
            session.Commit();
        }

        var cy = PersonFactsBuilder.Build(_store).Career(_cy.Value, 2026)!;

        Assert.That(cy.Works, Is.EqualTo(2), "w6 and w7, once each");
        Assert.That(cy.Current?.Name, Is.EqualTo("Massachusetts Institute of Technology"), "MIT was stored before Harvard: the lower id");
    }

    [Test]
    public void InstitutionsNamed_PartOfTheNameAnyCase_FindsEveryInstitutionContainingIt()
    {
        var facts = PersonFactsBuilder.Build(_store);

        Assert.That(facts.InstitutionsNamed("university").Count, Is.EqualTo(2));
        Assert.That(facts.InstitutionsNamed("  PEKING   university "), Has.Count.EqualTo(1));
        Assert.That(facts.InstitutionsNamed("Oxford"), Is.Empty);
    }

    [Test]
    public void File_WrittenAndRead_SameCareersAndOtherStampsOrDamageRefused()
    {
        var facts = PersonFactsBuilder.Build(_store);
        var path = Path.Combine(_folder, "facts", "person-facts.bin");

        PersonFactsFile.Write(facts, path, stamp: 42);
        var read = PersonFactsFile.TryRead(path, 42);

        Assert.That(read, Is.Not.Null);
        foreach (var person in new[] { _ann, _bo, _cy })
        {
            var (expected, actual) = (facts.Career(person.Value, 2026)!, read!.Career(person.Value, 2026)!);
            Assert.That(actual with { Affiliations = [] }, Is.EqualTo(expected with { Affiliations = [] }));
            Assert.That(actual.Affiliations, Is.EqualTo(expected.Affiliations));
        }

        Assert.That(PersonFactsFile.TryRead(path, 43), Is.Null, "another store state");
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^20]);
        Assert.That(PersonFactsFile.TryRead(path, 42), Is.Null, "a short file");
        bytes[bytes.Length / 2] ^= 0x7F;
        File.WriteAllBytes(path, bytes);
        Assert.That(() => PersonFactsFile.TryRead(path, 42), Throws.Nothing, "a damaged file is refused or read, never a crash");
    }

    [Test]
    public void CareerHistory_FromTheFacts_DatedWorksMovesAndCoauthorsAsWritten()
    {
        var history = CareerHistoryBuilder.FromFacts(PersonFactsBuilder.Build(_store));
        var ann = history.RowOf(_ann.Value);
        var bo = history.RowOf(_bo.Value);

        var moves = AffiliationMoves.Of(history).Select(m => (m.Person, m.Year, history.InstitutionName(m.From), history.InstitutionName(m.To), m.FromCountry, m.ToCountry));

        Assert.Multiple(() =>
        {
            Assert.That(history.WorksUpTo(ann, 3000), Is.EqualTo(4), "the undated w5 cannot be placed in time");
            Assert.That(history.HIndexUpTo(ann, 2012), Is.EqualTo(2), "10 and 3 citations up to 2012");
            Assert.That(moves, Is.EqualTo(new[] { (_ann.Value, 2015, "Massachusetts Institute of Technology", "Peking University", "US", "CN") }));
            Assert.That(history.CoauthorsUpTo(bo, 3000).Select(c => (history.PersonKey(c.Coauthor), c.Year)), Is.EquivalentTo(new[] { (_ann.Value, 2012), (_cy.Value, 2016) }));
        });
    }
}
