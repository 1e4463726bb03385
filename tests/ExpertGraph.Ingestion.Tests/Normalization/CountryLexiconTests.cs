using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Normalization;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Normalization;

public sealed class CountryLexiconTests
{
    [Test]
    public void LoadEmbedded_HasEveryIso3166CountryOnce()
    {
        var lexicon = CountryLexicon.LoadEmbedded();

        // 249 ISO 3166-1 codes plus XK (Kosovo).
        Assert.That(lexicon.Entries, Has.Count.EqualTo(250));
        Assert.That(lexicon.Entries.Select(e => e.Code), Is.Unique);
        Assert.That(lexicon.Entries.Single(e => e.Code == "CN").ChineseNames[0], Is.EqualTo("中国"));
        Assert.That(lexicon.Entries.Single(e => e.Code == "GB").Aliases, Does.Contain("England"));
        Assert.That(lexicon.Entries.Count(e => e.Aliases.Count > 0), Is.GreaterThanOrEqualTo(60));
        Assert.That(lexicon.Entries.Count(e => e.ChineseNames.Count > 0), Is.EqualTo(250));
    }

    [Test]
    public void LoadEmbedded_SameBytesAsRepositoryFile()
    {
        var onDisk = File.ReadAllLines(RepositoryPaths.Path("lexicon/countries.tsv"));

        Assert.That(onDisk[0], Does.StartWith("# source: "));
        Assert.That(CountryLexicon.LoadEmbedded().Entries, Has.Count.EqualTo(onDisk.Count(line => line.Length > 0 && !line.StartsWith('#'))));
    }

    [Test]
    public void Parse_MalformedLines_ReportsEveryLineInOneException()
    {
        var text = "# comment\nCN\tChina\t\t中国\nchina\tbad\t\t\nUS\tUnited States\n";

        Assert.That(() => CountryLexicon.Parse(new StringReader(text)),
            Throws.TypeOf<ExpertGraphException>().With.Message.Contains("line 3").And.Message.Contains("line 4"));
    }
}
