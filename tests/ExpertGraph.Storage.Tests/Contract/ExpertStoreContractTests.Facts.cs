using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Storage.Tests.Contract;

public sealed partial class ExpertStoreContractTests
{
    [Test]
    public void ReadWorkAuthorshipAndPersonFacts_EachInItsTablesOrderWithWhatTheFiltersRead()
    {
        using var store = CreateStore();
        PersonId a, b;
        InstitutionId mit, pku;
        WorkId first, second;
        using (var session = store.BeginWrite())
        {
            a = session.CreatePerson(new NewPerson("Ann Lee", new Core.Names.PersonName("Lee", "Ann", Core.Names.NameScript.Latin), "lee|a") { CountryCode = "US" });
            b = AddPerson(session, "Bo Li", "b");
            mit = session.GetOrCreateInstitution("MIT", "mit", "US");
            pku = session.GetOrCreateInstitution("Peking University", "peking university", "CN");
            var paper = Paper("p1", "Shared", 2010) with
            {
                Authors = [new AuthorMention("Ann Lee", 0) { Affiliations = [new AffiliationMention("MIT") { CountryCode = "US" }] }],
            };
            first = session.UpsertWork(paper, "h1").Id;
            second = session.UpsertWork(Paper("p2", "Undated", 2000) with { Kind = WorkKind.Patent, Year = null, CitationCount = null }, "h2").Id;
            session.ReplaceAuthorships(first,
            [
                new AuthorshipRow(0, a, "Ann Lee", AuthorRole.Author) { Institution = pku },
                new AuthorshipRow(1, b, "Bo Li", AuthorRole.Author),
                new AuthorshipRow(2, a, "A. Lee", AuthorRole.Author) { Institution = mit },
            ]);
            session.ReplaceAuthorships(second, [new AuthorshipRow(0, b, "Bo Li", AuthorRole.Author)]);
            session.Commit();
        }

        Assert.That(store.ReadWorkFacts(CancellationToken.None), Is.EqualTo(new[]
        {
            new WorkFact(first, WorkKind.Paper, 2010, 10, "US"),
            new WorkFact(second, WorkKind.Patent, null, 0, null),
        }));
        Assert.That(store.ReadAuthorshipFacts(CancellationToken.None), Is.EqualTo(new[]
        {
            new AuthorshipFact(first, a, pku),
            new AuthorshipFact(first, b, null),
            new AuthorshipFact(first, a, mit),
            new AuthorshipFact(second, b, null),
        }));
        Assert.That(store.ReadPersonCountries(CancellationToken.None), Is.EqualTo(new[] { (a, "US") }));
        Assert.That(store.GetWorkHeadlines([second, first, new WorkId(987654)]), Is.EqualTo(new[]
        {
            new WorkHeadline(first, WorkKind.Paper, "Shared", 2010),
            new WorkHeadline(second, WorkKind.Patent, "Undated", null),
        }), "in id order, the unknown id absent");
        Assert.That(store.GetWorkHeadlines([]), Is.Empty);
        Assert.That(store.ReadInstitutions().Select(i => (i.Name, i.CountryCode)), Is.EqualTo(new[] { ("MIT", (string?)"US"), ("Peking University", "CN") }));
    }

    [Test]
    public void ReadPersonConcepts_EveryProfile_ByPersonStrongestFirst()
    {
        using var store = CreateStore();
        var ids = CommitPersons(store, "Ann Lee", "Bo Li");
        var (a, b) = (ids[0], ids[1]);
        Write(store, Paper("p1", "Tagged", 2020) with { Concepts = [new("X:A", 0.3f, true), new("X:B", 0.6f, true)] }, a, b);
        store.RebuildDerived(new DerivedTablesOptions());

        var concepts = store.ReadPersonConcepts(CancellationToken.None).Select(c => (c.Person, c.ConceptId)).ToList();

        Assert.That(concepts, Is.EqualTo(new[] { (a, "X:B"), (a, "X:A"), (b, "X:B"), (b, "X:A") }));
    }

    [Test]
    public void ReadPersonConcepts_EqualWeights_ByConceptIdInCodePointOrder()
    {
        using var store = CreateStore();
        var ids = CommitPersons(store, "Ann Lee", "Bo Li", "Cy Wu");
        // U+FF21 comes before U+1F600 by code point (UTF-8 bytes, as SQL sorts); as UTF-16 units (D83D DE00) it comes after.
        Write(store, Paper("p1", "Tagged", 2020) with { Concepts = [new("X:\U0001F600", 0.5f, true), new("X:\uFF21", 0.5f, true), new("X:C", 0.9f, true)] }, ids[0], ids[2]);
        Write(store, Paper("p2", "Other", 2021) with { Concepts = [new("X:B", 0.5f, true), new("X:A", 0.5f, true)] }, ids[1]);
        store.RebuildDerived(new DerivedTablesOptions());

        var concepts = store.ReadPersonConcepts(CancellationToken.None).Select(c => (c.Person, c.ConceptId)).ToList();

        Assert.That(concepts, Is.EqualTo(new[]
        {
            (ids[0], "X:C"), (ids[0], "X:\uFF21"), (ids[0], "X:\U0001F600"),
            (ids[1], "X:A"), (ids[1], "X:B"),
            (ids[2], "X:C"), (ids[2], "X:\uFF21"), (ids[2], "X:\U0001F600"),
        }));
    }
}
