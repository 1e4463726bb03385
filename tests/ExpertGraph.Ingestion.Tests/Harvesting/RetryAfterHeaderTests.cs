using System.Net.Http.Headers;
using ExpertGraph.Ingestion.Harvesting;

namespace ExpertGraph.Ingestion.Tests.Harvesting;

[TestFixture]
public sealed class RetryAfterHeaderTests
{
    private static readonly DateTimeOffset Now = new(2025, 10, 21, 7, 28, 0, TimeSpan.Zero);

    [TestCase("120", 120)]
    [TestCase("0", 0)]
    [TestCase("Tue, 21 Oct 2025 07:29:30 GMT", 90)]
    [TestCase("Tue, 21 Oct 2025 07:00:00 GMT", 0)]
    public void Read_SecondsOrHttpDate_IsTheWaitFromNow(string header, int seconds)
    {
        var value = RetryConditionHeaderValue.Parse(header);

        Assert.That(RetryAfterHeader.Read(value, Now), Is.EqualTo(TimeSpan.FromSeconds(seconds)));
    }

    [Test]
    public void Read_NoHeader_IsNull() => Assert.That(RetryAfterHeader.Read(null, Now), Is.Null);
}
