using ExpertGraph.Search.Semantic;

namespace ExpertGraph.Search.Tests.Semantic;

[TestFixture]
public sealed class OrderedParallelMapTests
{
    [TestCase(0, 4)]
    [TestCase(1, 4)]
    [TestCase(4, 4)]
    [TestCase(9, 4)]
    [TestCase(10_000, 64)]
    public void Map_AnyLengthAndChunk_YieldsEveryResultInTheSourcesOrder(int count, int chunk)
    {
        var source = Enumerable.Range(0, count);

        var results = OrderedParallelMap.Map(source, i => i * 3L, CancellationToken.None, chunk).ToList();

        Assert.That(results, Is.EqualTo(source.Select(i => i * 3L)));
    }

    [Test]
    public void Map_SlowAndFastItemsMixed_KeepsTheOrderTheSourceGave()
    {
        // The first item of every chunk finishes last.
        var results = OrderedParallelMap.Map(Enumerable.Range(0, 40), i =>
        {
            if (i % 8 == 0) Thread.Sleep(20);
            return i;
        }, CancellationToken.None, chunk: 8).ToList();

        Assert.That(results, Is.EqualTo(Enumerable.Range(0, 40)));
    }

    [Test]
    public void Map_Cancelled_StopsWithOperationCanceled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.That(() => OrderedParallelMap.Map(Enumerable.Range(0, 10), i => i, cancelled.Token, chunk: 4).ToList(),
            Throws.InstanceOf<OperationCanceledException>());
    }
}
