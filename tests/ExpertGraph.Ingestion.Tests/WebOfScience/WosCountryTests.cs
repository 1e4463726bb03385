using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Normalization;
using ExpertGraph.Ingestion.WebOfScience;

namespace ExpertGraph.Ingestion.Tests.WebOfScience;

/// <summary>
/// The readers leave CountryCode empty; the normalizer reads it from the address's last part, in WoS's own spellings
/// ("Peoples R China", "CA 94305 USA", "England", "U Arab Emirates", "Bosnia &amp; Herceg"). Checked on every real address.
/// </summary>
public sealed class WosCountryTests
{
    private static readonly WorkNormalizer Normalizer = new(new CountryResolver());

    [TestCase("Peoples R China", "CN")]
    [TestCase("Hong Kong, Peoples R China", "HK")]
    [TestCase("Macau, Peoples R China", "MO")]
    [TestCase("Macau 999078, Peoples R China", "MO")]
    [TestCase("South Korea", "KR")]
    [TestCase("Taiwan", "TW")]
    [TestCase("England", "GB")]
    [TestCase("Scotland", "GB")]
    [TestCase("Wales", "GB")]
    [TestCase("North Ireland", "GB")]
    [TestCase("CA 94305 USA", "US")]
    [TestCase("TX USA", "US")]
    [TestCase("U Arab Emirates", "AE")]
    [TestCase("Bosnia & Herceg", "BA")]
    [TestCase("Turkiye", "TR")]
    [TestCase("Turkey", "TR")]
    [TestCase("Czech Republic", "CZ")]
    [TestCase("Russia", "RU")]
    [TestCase("Vietnam", "VN")]
    [TestCase("Iran", "IR")]
    public void Normalize_RealTabAddressEndingSo_GetsTheCountry(string lastPart, string country)
    {
        // "…, Kowloon, Hong Kong, Peoples R China" is Hong Kong's, "…, Macau, Peoples R China" Macao's.
        var affiliations = TabAffiliations()
            .Where(a => a.RawText.EndsWith(", " + lastPart, StringComparison.Ordinal))
            .Where(a => lastPart != "Peoples R China" || !(a.RawText.Contains("Hong Kong", StringComparison.Ordinal) || a.RawText.Contains("Maca", StringComparison.Ordinal)))
            .ToList();

        Assert.That(affiliations, Is.Not.Empty);
        Assert.That(affiliations.Select(a => a.CountryCode).Distinct(), Is.EqualTo(new[] { country }));
    }

    [Test]
    public void Normalize_EveryTabAddress_GetsACountry()
    {
        var affiliations = TabAffiliations();

        Assert.That(affiliations, Has.Count.EqualTo(19_378));
        Assert.That(affiliations.Where(a => a.CountryCode is null).Select(a => a.RawText), Is.Empty);
    }

    [Test]
    public void Normalize_EveryTaggedAddress_GetsACountryButYugoslavia()
    {
        // ManyAuthors.isi reaches back to 1976: "YU-11000 BELGRADE,YUGOSLAVIA" names a country ISO 3166-1 no longer has.
        var affiliations = Read(new WosTaggedReader(), WosFiles.Tagged).ToList();

        Assert.That(affiliations.Where(a => a.CountryCode is null).Select(a => a.RawText), Is.All.EndsWith("YUGOSLAVIA"));
        Assert.That(affiliations.Count(a => a.CountryCode is null), Is.EqualTo(3));
        var uppercaseOld = affiliations.First(a => a.RawText == "UNIV TRONDHEIM,INST THEORET PHYS,N-7034 TRONDHEIM,NORWAY");
        Assert.That(uppercaseOld.CountryCode, Is.EqualTo("NO"));
    }

    private static List<AffiliationMention> TabAffiliations() => [.. Read(new WosTabReader(), WosFiles.Tab)];

    /// <summary>Every author affiliation and work organization of the files' records, normalized.</summary>
    private static IEnumerable<AffiliationMention> Read(global::ExpertGraph.Ingestion.Reading.IRecordReader reader, IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            foreach (var result in WosFiles.Read(reader, file))
            {
                if (result.Work is null) continue;
                var work = Normalizer.Normalize(result.Work, out _)!;
                foreach (var affiliation in work.Authors.SelectMany(a => a.Affiliations).Concat(work.Organizations)) yield return affiliation;
            }
        }
    }
}
