using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Ingestion.Bibtex;

namespace ExpertGraph.Ingestion.Tests.Bibtex;

public sealed class BibtexNamesTests
{
    [TestCase("Donald E. Knuth", "Knuth", "Donald E.", "Donald E. Knuth")]
    [TestCase("Knuth, Donald E.", "Knuth", "Donald E.", "Knuth, Donald E.")]
    [TestCase("Michiel van Breugel", "van Breugel", "Michiel", "Michiel van Breugel")]
    [TestCase("Charles Louis Xavier Joseph de la Vall{\\'e}e Poussin", "de la Vallée Poussin", "Charles Louis Xavier Joseph", "de la Vallée Poussin, Charles Louis Xavier Joseph")]
    [TestCase("van der Waals, Johannes Diderik", "van der Waals", "Johannes Diderik", "van der Waals, Johannes Diderik")]
    [TestCase("Ford, Jr., Henry", "Ford", "Henry", "Ford, Jr., Henry")]
    [TestCase("{Barnes and Noble, Inc.}", "Barnes and Noble, Inc.", "", "Barnes and Noble, Inc.")]
    [TestCase("{World Health Organization}", "World Health Organization", "", "World Health Organization")]
    [TestCase("Ricardo Bay{\\'o}n,", "Bayón", "Ricardo", "Ricardo Bayón")]
    [TestCase("Sucheta", "Sucheta", "", "Sucheta")]
    [TestCase("{\\'E}mile Zola", "Zola", "Émile", "Émile Zola")]
    [TestCase("ZHANG Wei", "Wei", "ZHANG", "Wei, ZHANG")]
    public void Parse_BibtexNameForms_SplitFamilyAndGivenAsBibtexDoes(string raw, string family, string given, string rawName)
    {
        var (name, parsed) = BibtexNames.Parse(raw);

        Assert.That(parsed, Is.Not.Null);
        Assert.That((parsed!.Family, parsed.Given, parsed.Script), Is.EqualTo((family, given, NameScript.Latin)));
        Assert.That(name, Is.EqualTo(rawName));
    }

    [Test]
    public void Read_ListWithBracedAndAndOthers_SplitsAtDepthZeroAndDropsOthers()
    {
        var mentions = BibtexNames.Read("{Barnes and Noble} and Knuth, D. AND Lamport, Leslie and others", AuthorRole.Author, 1);

        Assert.That(mentions.Select(m => (m.RawName, m.Position)), Is.EqualTo(new[] { ("Barnes and Noble", 1), ("Knuth, D.", 2), ("Lamport, Leslie", 3) }));
    }

    [Test]
    public void Read_HanziListWithCommasAndOrganization_SplitsAndKeepsTheOrganizationWhole()
    {
        var mentions = BibtexNames.Read("谢昕，王小增、欧阳修 and 中国临床肿瘤学会", AuthorRole.Editor, 3);

        Assert.That(mentions.Select(m => m.RawName), Is.EqualTo(new[] { "谢昕", "王小增", "欧阳修", "中国临床肿瘤学会" }));
        Assert.That(mentions.Select(m => m.Position), Is.EqualTo(new[] { 3, 4, 5, 6 }));
        Assert.That(mentions.Select(m => m.Role), Is.All.EqualTo(AuthorRole.Editor));
        // Personal hanzi names are left to the normalizer's Chinese parser; an organization is one family name.
        Assert.That(mentions.Take(3).Select(m => m.Name), Is.All.Null);
        Assert.That(mentions[3].Name, Is.EqualTo(new PersonName("中国临床肿瘤学会", "", NameScript.Han)));
    }
}
