using ExpertGraph.Ingestion.Harvesting;

namespace ExpertGraph.Ingestion.Tests.Harvesting;

[TestFixture]
public sealed class HarvestOptionsTests
{
    [Test]
    public void Validate_SeveralProblems_ReportsEveryOneTogether()
    {
        var options = new HarvestOptions
        {
            Source = HarvestSource.OpenAlex,
            OutputFolder = "out",
            PageSize = 201,
            Mailto = "not an address",
            MaxAttempts = 0,
            RequestsPerSecond = 0,
        };

        var invalid = Assert.Throws<ArgumentException>(options.Validate);

        Assert.That(invalid!.Message, Does.Contain("a query or a filter is required").And.Contains("PageSize must be 1..200")
            .And.Contains("mailto must be an e-mail address").And.Contains("MaxAttempts must be 1..100").And.Contains("RequestsPerSecond"));
    }

    [Test]
    public void Validate_CrossrefRowsUpTo1000_AreAllowed()
    {
        var options = new HarvestOptions { Source = HarvestSource.Crossref, Query = "q", OutputFolder = "out", PageSize = 1000 };

        Assert.That(options.Validate, Throws.Nothing);
    }

    [TestCase(HarvestSource.OpenAlex, "Graph Neural Networks!", null, null, "openalex-graph-neural-networks")]
    [TestCase(HarvestSource.Crossref, "  polymer  chemistry ", null, "2024-01-31", "crossref-polymer-chemistry-since-2024-01-31")]
    [TestCase(HarvestSource.OpenAlex, null, "authorships.institutions.country_code:CN", null, "openalex-authorships-institutions-country-code-cn")]
    public void DefaultFolderName_NamesSourceQueryAndSince(HarvestSource source, string? query, string? filter, string? since, string expected)
    {
        var day = since is null ? (DateOnly?)null : DateOnly.Parse(since, System.Globalization.CultureInfo.InvariantCulture);

        Assert.That(HarvestOptions.DefaultFolderName(source, query, filter, day), Is.EqualTo(expected));
    }

    [Test]
    public void DefaultFolderName_QueryWithoutLatinLettersOrDigits_IsAStableHash()
    {
        var name = HarvestOptions.DefaultFolderName(HarvestSource.OpenAlex, "高分子化学", null, null);

        Assert.That(name, Does.Match("^openalex-[0-9a-f]{12}$"));
        Assert.That(HarvestOptions.DefaultFolderName(HarvestSource.OpenAlex, "高分子化学", null, null), Is.EqualTo(name));
        Assert.That(HarvestOptions.DefaultFolderName(HarvestSource.OpenAlex, "高分子", null, null), Is.Not.EqualTo(name));
    }
}
