using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Storage.Tests.Contract;

public sealed partial class ExpertStoreContractTests
{
    [Test]
    public void ReadPersonWorkFacts_PersonTwiceOnAWork_OneFactPerPersonAndWorkInOrderWithTheLowerInstitution()
    {
        using var store = CreateStore();
        PersonId a, b;
        InstitutionId mit, pku;
        WorkId first, second;
        using (var session = store.BeginWrite())
        {
            a = AddPerson(session, "Ann Lee", "a");
            b = AddPerson(session, "Bo Li", "b");
            mit = session.GetOrCreateInstitution("MIT", "mit", "US");
            pku = session.GetOrCreateInstitution("Peking University", "peking university", "CN");
            var paper = Paper("p1", "Shared", 2010) with
            {
                Authors = [new AuthorMention("Ann Lee", 0) { Affiliations = [new AffiliationMention("MIT") { CountryCode = "US" }] }],
            };
            first = session.UpsertWork(paper, "h1").Id;
            second = session.UpsertWork(Paper("p2", "Undated", 2000) with { Year = null, CitationCount = null }, "h2").Id;
            session.ReplaceAuthorships(first,
            [
                new AuthorshipRow(0, a, "Ann Lee", AuthorRole.Author) { Institution = pku },
                new AuthorshipRow(1, b, "Bo Li", AuthorRole.Author),
                new AuthorshipRow(2, a, "A. Lee", AuthorRole.Author) { Institution = mit },
            ]);
            session.ReplaceAuthorships(second, [new AuthorshipRow(0, a, "Ann Lee", AuthorRole.Author)]);
            session.Commit();
        }

        var facts = store.ReadPersonWorkFacts(CancellationToken.None).ToList();

        var lower = mit.Value < pku.Value ? mit : pku;
        Assert.That(facts, Is.EqualTo(new[]
        {
            new PersonWorkFact(a, first, WorkKind.Paper, 2010, 10, lower, "US", null),
            new PersonWorkFact(a, second, WorkKind.Paper, null, 0, null, null, null),
            new PersonWorkFact(b, first, WorkKind.Paper, 2010, 10, null, "US", null),
        }));
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
}
