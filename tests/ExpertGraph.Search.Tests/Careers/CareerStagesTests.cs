using ExpertGraph.Search.Careers;

namespace ExpertGraph.Search.Tests.Careers;

[TestFixture]
public sealed class CareerStagesTests
{
    [TestCase(25, 0.95, CareerStage.ChiefScientist)]
    [TestCase(20, 0.90, CareerStage.ChiefScientist)]
    [TestCase(19, 0.95, CareerStage.AcademicLeader)]
    [TestCase(25, 0.80, CareerStage.AcademicLeader)]
    [TestCase(10, 0.75, CareerStage.AcademicLeader)]
    [TestCase(12, 0.60, CareerStage.YoungBackbone)]
    [TestCase(3, 0.99, CareerStage.YoungBackbone)]
    [TestCase(14, 0.50, CareerStage.YoungBackbone)]
    [TestCase(15, 0.60, CareerStage.Other)]
    [TestCase(5, 0.49, CareerStage.Other)]
    [TestCase(null, 0.99, CareerStage.Other)]
    public void Of_CareerAgeAndPercentile_FirstRuleThatHoldsFromTheTop(int? careerAge, double percentile, CareerStage expected) =>
        Assert.That(CareerStages.Of(careerAge, percentile), Is.EqualTo(expected));

    [Test]
    public void TryParse_EveryName_RoundTrips()
    {
        foreach (var stage in Enum.GetValues<CareerStage>())
        {
            Assert.That(CareerStages.TryParse(CareerStages.Name(stage).ToUpperInvariant(), out var parsed), Is.True);
            Assert.That(parsed, Is.EqualTo(stage));
        }

        Assert.That(CareerStages.TryParse("professor", out _), Is.False);
    }

    [TestCase("30-60", 30, 60)]
    [TestCase("30-", 30, null)]
    [TestCase("-60", null, 60)]
    [TestCase(" 45 ", 45, 45)]
    public void YearRange_Parse_BoundsAsWritten(string text, int? min, int? max) =>
        Assert.That(YearRange.Parse(text), Is.EqualTo(new YearRange(min, max)));

    [TestCase("")]
    [TestCase("-")]
    [TestCase("60-30")]
    [TestCase("a-b")]
    [TestCase("1-2-3")]
    [TestCase("+5")]
    public void YearRange_Parse_NotARange_Null(string text) => Assert.That(YearRange.Parse(text), Is.Null);

    [Test]
    public void YearRange_Contains_InclusiveAndOpenEnds()
    {
        Assert.That(new YearRange(30, 60).Contains(30) && new YearRange(30, 60).Contains(60), Is.True);
        Assert.That(new YearRange(30, 60).Contains(61), Is.False);
        Assert.That(new YearRange(null, 10).Contains(0), Is.True);
        Assert.That(new YearRange(5, null).Contains(4), Is.False);
    }
}
