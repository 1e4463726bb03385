using ExpertGraph.Search.Growth;

namespace ExpertGraph.Search.Tests.Growth;

[TestFixture]
public sealed class CareerHistoryTests
{
    private static readonly CareerHistory History = SmallHistory.Build();

    private static int P(long key) => History.RowOf(key);

    [TestCase(2009, 0)]
    [TestCase(2010, 1)]
    [TestCase(2011, 2)]
    [TestCase(2012, 3)]
    [TestCase(2014, 3)]
    public void HIndexUpTo_CountsOnlyWorksDatedByThen(int year, int expected) =>
        Assert.That(History.HIndexUpTo(P(1), year), Is.EqualTo(expected));

    [Test]
    public void WorksAndCitations_UpToAYear_LeaveLaterWorksOut()
    {
        Assert.Multiple(() =>
        {
            Assert.That(History.WorksUpTo(P(1), 2012), Is.EqualTo(4));
            Assert.That(History.WorksBetween(P(1), 2011, 2012), Is.EqualTo(3));
            Assert.That(History.CitationsUpTo(P(1), 2011), Is.EqualTo(15));
            Assert.That(History.FirstYear(P(1)), Is.EqualTo(2010));
            Assert.That(History.LastYearUpTo(P(1), 2013), Is.EqualTo(2012));
        });
    }

    [Test]
    public void CitationCoverage_IsTheShareOfWorksWhoseSourceGaveACount() =>
        Assert.That(History.CitationCoverage(P(1), 2014), Is.EqualTo(4 / 5.0));

    [TestCase(2010, 1L)]
    [TestCase(2011, 1L)]
    [TestCase(2012, 2L)]
    [TestCase(2013, 2L)]
    public void InstitutionAsOf_IsTheOneOfTheLatestDatedWork(int year, long institution) =>
        Assert.That(History.InstitutionKey(History.InstitutionAsOf(P(1), year)), Is.EqualTo(institution));

    [Test]
    public void CoauthorsUpTo_GivesEachCoauthorOnceWithTheFirstYearTogether()
    {
        Assert.Multiple(() =>
        {
            Assert.That(History.CoauthorsUpTo(P(1), 2011).Select(c => (History.PersonKey(c.Coauthor), c.Year)), Is.EqualTo(new[] { (2L, 2011) }));
            Assert.That(History.CoauthorsUpTo(P(1), 2020).Select(c => (History.PersonKey(c.Coauthor), c.Year)), Is.EquivalentTo(new[] { (2L, 2011), (3L, 2012) }));
        });
    }

    [Test]
    public void LastCompleteYear_IsTheLastWithHalfTheWorksOfTheBusiest() =>
        // Dated authorships per year: 2010 1, 2011 2, 2012 3, 2014 1, 2016 1; half of 3 is 1.5.
        Assert.That(History.LastCompleteYear(), Is.EqualTo(2012));

    [Test]
    public void Features_AtACutoff_ReadNothingLater()
    {
        var features = GrowthFeatures.At(History, 2011);
        float Feature(long person, string name) => features[P(person)]![GrowthFeatures.Names.ToList().IndexOf(name)];
        Assert.Multiple(() =>
        {
            Assert.That(features[P(3)], Is.Null, "P3 has no work up to 2011");
            Assert.That(Feature(1, "career_age"), Is.EqualTo(1));
            Assert.That(Feature(1, "works"), Is.EqualTo(2));
            Assert.That(Feature(1, "h_index"), Is.EqualTo(2));
            Assert.That(Feature(1, "coauthors"), Is.EqualTo(1), "P3 joins in 2012");
            Assert.That(Feature(1, "coauthor_h_max"), Is.EqualTo(1), "P2's h-index in 2011");
            Assert.That(Feature(1, "institutions"), Is.EqualTo(1));
        });
    }
}
