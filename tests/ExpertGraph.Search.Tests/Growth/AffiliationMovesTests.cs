using ExpertGraph.Search.Growth;

namespace ExpertGraph.Search.Tests.Growth;

[TestFixture]
public sealed class AffiliationMovesTests
{
    [Test]
    public void Of_SmallHistory_FindsTheTwoMovesWrittenByHand()
    {
        var history = SmallHistory.Build();

        var moves = AffiliationMoves.Of(history).Select(m => (m.Person, m.Year, history.InstitutionKey(m.From), history.InstitutionKey(m.To), m.FromCountry, m.ToCountry));

        Assert.That(moves, Is.EqualTo(new[] { (1L, 2012, 1L, 2L, "US", "CN"), (3L, 2016, 2L, 3L, "CN", "DE") }));
    }

    [Test]
    public void Of_AWorkAtTheOldInstitutionAfterTheMove_CountsAMoveBack()
    {
        var a = SmallHistory.A;
        var b = SmallHistory.B;
        var history = new CareerHistoryBuilder().AddWork(1, 2000, null, a).AddWork(1, 2001, null, b).AddWork(1, 2001, null, b).AddWork(1, 2003, null, a).Build();

        var moves = AffiliationMoves.Of(history).Select(m => (m.Year, history.InstitutionKey(m.From), history.InstitutionKey(m.To)));

        Assert.That(moves, Is.EqualTo(new[] { (2001, 1L, 2L), (2003, 2L, 1L) }));
    }
}
