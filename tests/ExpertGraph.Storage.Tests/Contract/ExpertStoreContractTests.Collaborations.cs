using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Storage.Tests.Contract;

public sealed partial class ExpertStoreContractTests
{
    [Test]
    public void ReadCollaborations_AfterRebuild_StreamsEachPairOncePerKindInOrder()
    {
        using var store = CreateStore();
        var ids = CommitPersons(store, "Ann Lee", "Bo Li", "Cy Wu");
        var (a, b, c) = (ids[0], ids[1], ids[2]);

        Write(store, Paper("p1", "One", 2001), a, b);
        Write(store, Paper("p2", "Two", 2005), b, a, c);
        Write(store, new Work(new SourceKey("test", "pat"), WorkKind.Patent, "A patent") { Year = 2010 }, a, b);
        store.RebuildDerived(new DerivedTablesOptions());

        var rows = store.ReadCollaborations(CancellationToken.None).ToList();

        Assert.That(rows, Is.EqualTo(new[]
        {
            new CollaborationRow(a, b, WorkKind.Paper, 2, 2001, 2005),
            new CollaborationRow(a, b, WorkKind.Patent, 1, 2010, 2010),
            new CollaborationRow(a, c, WorkKind.Paper, 1, 2005, 2005),
            new CollaborationRow(b, c, WorkKind.Paper, 1, 2005, 2005),
        }));
    }

    [Test]
    public void Open_FreshStore_DerivedTablesNotStale()
    {
        // Migration 4 marks existing works' derived tables stale; a store with no works has nothing to derive.
        using var store = CreateStore();

        Assert.That(store.DerivedTablesStale, Is.False);
    }

    [Test]
    public void DerivedGeneration_EachRebuild_ANewNonZeroValueThatSurvivesReopening()
    {
        long before, first, second;
        using (var store = CreateStore())
        {
            before = store.DerivedGeneration;
            store.RebuildDerived(new DerivedTablesOptions());
            first = store.DerivedGeneration;
            store.RebuildDerived(new DerivedTablesOptions());
            second = store.DerivedGeneration;
        }

        using var reopened = CreateStore();

        Assert.That(before, Is.Zero);
        Assert.That(first, Is.Not.Zero.And.Not.EqualTo(second));
        Assert.That(second, Is.Not.Zero);
        Assert.That(reopened.DerivedGeneration, Is.EqualTo(second));
    }

    [Test]
    public void GetSharedWorks_TwoSets_EveryWorkOfEachCrossPairNewestFirstWithAuthorCount()
    {
        using var store = CreateStore();
        var ids = CommitPersons(store, "Ann Lee", "Bo Li", "Cy Wu", "Di Ma");
        var (a, b, c, d) = (ids[0], ids[1], ids[2], ids[3]);

        Write(store, Paper("p1", "Old paper", 2001), a, b);
        Write(store, Paper("p2", "New paper", 2019), b, a, c);
        Write(store, Paper("p3", "Without a", 2020), c, d);

        var shared = store.GetSharedWorks([a], [b, c, d]);

        Assert.That(shared.Select(w => (w.Left, w.Right, w.Title, w.Year, w.AuthorCount)), Is.EqualTo(new[]
        {
            (a, b, "New paper", (int?)2019, 3),
            (a, b, "Old paper", (int?)2001, 2),
            (a, c, "New paper", (int?)2019, 3),
        }));
        Assert.That(store.GetSharedWorks([a], [a]), Is.Empty, "a person shares no work with themself");
        Assert.That(store.GetSharedWorks([], [a]), Is.Empty);
    }

    [Test]
    public void GetCoauthorCounts_TwoSets_CountsTheWorksSinceTheYearOfFewEnoughAuthorsPerPairAndKind()
    {
        using var store = CreateStore();
        var ids = CommitPersons(store, "Ann Lee", "Bo Li", "Cy Wu", "Di Ma");
        var (a, b, c, d) = (ids[0], ids[1], ids[2], ids[3]);

        Write(store, Paper("p1", "Old paper", 2001), a, b);
        Write(store, Paper("p2", "New paper", 2019), b, a, c);
        Write(store, Paper("p3", "Newer paper", 2021), a, b);
        Write(store, Paper("p4", "Undated", 0) with { Year = null }, a, c);
        Write(store, Paper("p5", "Without a", 2020), c, d);
        Write(store, Paper("p6", "Many authors", 2022), a, b, c, d);

        // Since 2005, works of at most 3 persons: a-b shares p2 and p3 (p1 too old, p6 four authors); a-c p2 and the
        // undated p4; d shares nothing with a within the limit.
        var counts = store.GetCoauthorCounts([a], [b, c, d], sinceYear: 2005, maxAuthors: 3);

        Assert.That(counts, Is.EqualTo(new[]
        {
            new CoauthorCount(a, b, WorkKind.Paper, 2, 2021),
            new CoauthorCount(a, c, WorkKind.Paper, 2, 2019),
        }));
        Assert.That(store.GetCoauthorCounts([a], [b, c, d], sinceYear: 2005, maxAuthors: 4), Has.Member(new CoauthorCount(a, d, WorkKind.Paper, 1, 2022)));
        Assert.That(store.GetCoauthorCounts([a], [b], sinceYear: 2030, maxAuthors: 25), Is.Empty);
        Assert.That(store.GetCoauthorCounts([], [a], sinceYear: 2005, maxAuthors: 25), Is.Empty);
    }

    [Test]
    public void GetAffiliations_PersonAtTwoInstitutions_SpansWithYearsLatestFirst()
    {
        using var store = CreateStore();
        PersonId a;
        InstitutionId mit, pku;
        WorkId early, late, later;
        using (var session = store.BeginWrite())
        {
            a = AddPerson(session, "Ann Lee", "a");
            mit = session.GetOrCreateInstitution("MIT", "mit", "US");
            pku = session.GetOrCreateInstitution("Peking University", "peking university", "CN");
            early = session.UpsertWork(Paper("e", "Early", 2003), "h1").Id;
            late = session.UpsertWork(Paper("l", "Late", 2012), "h2").Id;
            later = session.UpsertWork(Paper("m", "Later", 2015), "h3").Id;
            session.ReplaceAuthorships(early, [new AuthorshipRow(0, a, "Ann Lee", AuthorRole.Author) { Institution = mit }]);
            session.ReplaceAuthorships(late, [new AuthorshipRow(0, a, "Ann Lee", AuthorRole.Author) { Institution = mit }]);
            session.ReplaceAuthorships(later, [new AuthorshipRow(0, a, "Ann Lee", AuthorRole.Author) { Institution = pku }]);
            session.Commit();
        }

        var spans = store.GetAffiliations([a]);
        var beforeRebuild = store.ReadAffiliationSpans(CancellationToken.None).ToList();
        store.RebuildDerived(new DerivedTablesOptions());
        var all = store.ReadAffiliationSpans(CancellationToken.None).ToList();

        Assert.That(spans, Is.EqualTo(new[]
        {
            new AffiliationSpan(a, pku, "Peking University", "CN", 2015, 2015, 1),
            new AffiliationSpan(a, mit, "MIT", "US", 2003, 2012, 2),
        }));
        Assert.That(beforeRebuild, Is.Empty, "spans are derived data");
        Assert.That(all, Is.EqualTo(spans.OrderBy(s => s.Institution.Value)), "every span, by institution");
    }
}
