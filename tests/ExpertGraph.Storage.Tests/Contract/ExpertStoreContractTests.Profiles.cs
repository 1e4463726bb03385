using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Storage.Tests.Contract;

public sealed partial class ExpertStoreContractTests
{
    private static Work Kind(WorkKind kind, string id, int? year) => new(new SourceKey("test", id), kind, "A " + kind + " " + id) { Year = year };

    [Test]
    public void GetPersonStats_AfterRebuild_KindsCitationsHIndexAndYearsWithEachWorkOnce()
    {
        using var store = CreateStore();
        var ids = CommitPersons(store, "Ann Lee", "Bo Li");
        var (a, b) = (ids[0], ids[1]);
        Write(store, Paper("p1", "Cited ten times", 2001), a, b);
        Write(store, Paper("p2", "Cited three times", 2005) with { CitationCount = 3 }, a, a);
        Write(store, Paper("p3", "Cited once", 2007) with { CitationCount = 1 }, a);
        Write(store, Kind(WorkKind.Patent, "pat", 2010), a);
        Write(store, Kind(WorkKind.Project, "prj", null), a);
        var beforeRebuild = store.GetPersonStats(a);

        store.RebuildDerived(new DerivedTablesOptions());

        Assert.That(beforeRebuild, Is.Null, "statistics are derived data");
        // Citations 10, 3, 1: the second most cited has 3 ≥ 2, the third 1 < 3, so h = 2.
        Assert.That(store.GetPersonStats(a), Is.EqualTo(new PersonStats(a, 5, 3, 1, 1, 14, 2, 2001, 2010)));
        Assert.That(store.GetPersonStats(b), Is.EqualTo(new PersonStats(b, 1, 1, 0, 0, 10, 1, 2001, 2001)));
        Assert.That(store.GetPersonStats(new PersonId(999_999)), Is.Null);
    }

    [Test]
    public void GetPersonWorks_WorksOfThePerson_EachOnceNewestFirstWithoutYearLast()
    {
        using var store = CreateStore();
        var ids = CommitPersons(store, "Ann Lee", "Bo Li");
        var (a, b) = (ids[0], ids[1]);
        Write(store, Paper("old", "Old paper", 1999) with { Venue = "Ecological Economics" }, a, b);
        Write(store, Kind(WorkKind.Project, "undated", null), a);
        Write(store, Kind(WorkKind.Patent, "new", 2020), a, a);
        Write(store, Paper("same-year", "Same year, stored later", 2020), a);
        Write(store, Paper("other", "Not theirs", 2021), b);

        var works = store.GetPersonWorks(a);

        Assert.That(works.Select(w => (w.Key.Id, w.Kind, w.Year, w.Venue, w.Citations)), Is.EqualTo(new[]
        {
            ("same-year", WorkKind.Paper, (int?)2020, (string?)null, (int?)10),
            ("new", WorkKind.Patent, 2020, null, null),
            ("old", WorkKind.Paper, 1999, "Ecological Economics", 10),
            ("undated", WorkKind.Project, null, null, null),
        }));
        Assert.That(works[2].Title, Is.EqualTo("Old paper"));
        Assert.That(works[2].Key, Is.EqualTo(new SourceKey("test", "old")));
        Assert.That(store.GetPersonWorks(new PersonId(999_999)), Is.Empty);
    }

    [Test]
    public void GetCoauthors_SharedWorksAndYears_AsTheDerivedCollaborationsCountThem()
    {
        using var store = CreateStore();
        var ids = CommitPersons(store, "Ann Lee", "Bo Li", "Cy Wu", "Di Ma", "Ed Xu");
        var (a, b, c, d, e) = (ids[0], ids[1], ids[2], ids[3], ids[4]);
        Write(store, Paper("p1", "One", 2001), a, b);
        Write(store, Paper("p2", "Two", 2005), b, a, c, b);
        Write(store, Kind(WorkKind.Patent, "pat", 2010), a, b);
        Write(store, Kind(WorkKind.Project, "undated", null), a, d);
        Write(store, Paper("team", "Four persons: above the limit", 2012), a, b, c, e);
        Write(store, Paper("without-a", "Not a's", 2015), b, c);
        var options = new DerivedTablesOptions { MaxAuthorsForCollaboration = 3 };
        store.RebuildDerived(options);

        var coauthors = store.GetCoauthors(a, options.MaxAuthorsForCollaboration);

        Assert.That(coauthors, Is.EqualTo(new[]
        {
            new Coauthor(b, "Bo Li", 3, 2001, 2010),
            new Coauthor(c, "Cy Wu", 1, 2005, 2005),
            new Coauthor(d, "Di Ma", 1, null, null),
        }));
        var derived = store.ReadCollaborations(CancellationToken.None)
            .Where(row => row.A == a || row.B == a)
            .GroupBy(row => row.A == a ? row.B : row.A)
            .Select(pair => (pair.Key, pair.Sum(row => row.WorkCount), pair.Min(row => row.FirstYear), pair.Max(row => row.LastYear)));
        Assert.That(coauthors.Select(x => (x.Person, x.SharedWorks, x.FirstYear, x.LastYear)), Is.EqualTo(derived), "the same ties as the derived collaborations");
        Assert.That(store.GetCoauthors(a, 4).Select(x => x.Person), Is.EqualTo(new[] { b, c, d, e }), "the team paper counts under a limit of 4");
        Assert.That(store.GetCoauthors(e, 3), Is.Empty);
    }
}
