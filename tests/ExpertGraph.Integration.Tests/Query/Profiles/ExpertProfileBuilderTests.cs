using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Query.Profiles;

namespace ExpertGraph.Integration.Tests.Query.Profiles;

[TestFixture]
public sealed class ExpertProfileBuilderTests
{
    private static PersonWork Work(long id, WorkKind kind, int? year, int? citations = null) =>
        new(new WorkId(id), new SourceKey("test", "w" + id), kind, "Work " + id, year, null, citations);

    private static Coauthor Coauthor(long id, string name, int shared, int? last) => new(new PersonId(id), name, shared, last is null ? null : last - 1, last);

    [Test]
    public void CountByYear_MixedKindsAndYears_OneRowPerYearLatestFirstUndatedLast()
    {
        PersonWork[] works =
        [
            Work(1, WorkKind.Paper, 2019), Work(2, WorkKind.Patent, null), Work(3, WorkKind.Paper, 2021),
            Work(4, WorkKind.Project, 2019), Work(5, WorkKind.Paper, 2019), Work(6, WorkKind.Patent, 2021),
        ];

        var table = ExpertProfileBuilder.CountByYear(works);

        Assert.That(table, Is.EqualTo(new[]
        {
            new WorkYearCount(2021, 1, 1, 0),
            new WorkYearCount(2019, 2, 0, 1),
            new WorkYearCount(null, 0, 1, 0),
        }));
        Assert.That(table.Sum(row => row.Total), Is.EqualTo(works.Length));
    }

    [Test]
    public void MostRecent_SameYearAndUndated_NewestFirstThenHighestIdUndatedLast()
    {
        PersonWork[] works = [Work(1, WorkKind.Paper, 2020), Work(2, WorkKind.Paper, null), Work(3, WorkKind.Paper, 2020), Work(4, WorkKind.Paper, 2022)];

        Assert.That(ExpertProfileBuilder.MostRecent(works, 10).Select(w => w.Id.Value), Is.EqualTo(new long[] { 4, 3, 1, 2 }));
        Assert.That(ExpertProfileBuilder.MostRecent(works, 2).Select(w => w.Id.Value), Is.EqualTo(new long[] { 4, 3 }));
        Assert.That(ExpertProfileBuilder.MostRecent(works, 0), Is.Empty);
    }

    [Test]
    public void MostCited_UncitedAndUncounted_LeftOutTiesNewestFirst()
    {
        PersonWork[] works =
        [
            Work(1, WorkKind.Paper, 2001, 50), Work(2, WorkKind.Patent, 2010), Work(3, WorkKind.Paper, 2015, 0),
            Work(4, WorkKind.Paper, 2009, 50), Work(5, WorkKind.Paper, 2012, 7),
        ];

        Assert.That(ExpertProfileBuilder.MostCited(works, 10).Select(w => w.Id.Value), Is.EqualTo(new long[] { 4, 1, 5 }));
    }

    [Test]
    public void Strongest_Coauthors_MostSharedThenLatestThenNameUndatedLastAndCut()
    {
        Coauthor[] coauthors =
        [
            Coauthor(1, "Zoe", 2, 2010), Coauthor(2, "Bea", 5, 2001), Coauthor(3, "Ann", 2, 2010),
            Coauthor(4, "Cy", 2, null), Coauthor(5, "Di", 2, 2015), Coauthor(6, "Ed", 1, 2024),
        ];

        Assert.That(ExpertProfileBuilder.Strongest(coauthors, 10).Select(c => c.DisplayName), Is.EqualTo(new[] { "Bea", "Di", "Ann", "Zoe", "Cy", "Ed" }));
        Assert.That(ExpertProfileBuilder.Strongest(coauthors, 2).Select(c => c.DisplayName), Is.EqualTo(new[] { "Bea", "Di" }));
    }

    [TestCase(1999, 2025, 26)]
    [TestCase(2025, 2025, 0)]
    [TestCase(2027, 2025, 0)]
    public void Statistics_FirstYear_CareerAgeCountsToTheReferenceYearNeverBelowZero(int first, int reference, int age)
    {
        var stats = new PersonStats(new PersonId(7), 4, 2, 1, 1, 90, 2, first, first + 3);

        var figures = ExpertProfileBuilder.Statistics(stats, stats.Person, reference, 3);

        Assert.That(figures, Is.EqualTo(new ProfileStatistics(4, 2, 1, 1, 90, 2, first, first + 3) { CareerAge = age, ReferenceYear = reference, Coauthors = 3 }));
    }

    [Test]
    public void Statistics_NoneDerived_ZerosAndNoCareerAge()
    {
        var figures = ExpertProfileBuilder.Statistics(null, new PersonId(7), 2025, 0);

        Assert.That(figures, Is.EqualTo(new ProfileStatistics(0, 0, 0, 0, 0, 0, null, null) { CareerAge = null, ReferenceYear = 2025 }));
    }

    [Test]
    public void Validate_SeveralBadOptions_ReportsEveryProblem()
    {
        var options = new ProfileOptions { Works = -1, Coauthors = 1001, SubfieldLevel = 10, MaxAuthorsPerWork = 1 };

        Assert.That(options.Validate(), Is.EqualTo(new[]
        {
            "works must be between 0 and 1000",
            "co-authors must be between 0 and 1000",
            "concept levels must be between 1 and 9",
            "the author limit of a collaboration must be at least 2",
        }));
        Assert.That(new ProfileOptions().Validate(), Is.Empty);
    }
}
