using ExpertGraph.Ingestion.Harvesting;

namespace ExpertGraph.Ingestion.Tests.Harvesting;

[TestFixture]
public sealed class HarvestUrlsTests
{
    [Test]
    public void Display_HidesContactAddressAndApiKeyOnly()
    {
        var uri = new Uri("https://api.openalex.org/works?search=x&per-page=200&cursor=%2A&mailto=a%40b.org&api_key=secret");

        Assert.That(HarvestUrls.Display(uri), Is.EqualTo("https://api.openalex.org/works?search=x&per-page=200&cursor=%2A&mailto=…&api_key=…"));
    }
}
