using ExpertGraph.Ingestion.Normalization;
using ExpertGraph.Ingestion.Medline;
using ExpertGraph.Ingestion.Papers;

namespace ExpertGraph.Ingestion.Tests.Medline;

/// <summary>The MEDLINE conventions undone field by field: titles, affiliation emails, language codes, ORCID forms.</summary>
public sealed class MedlineFieldTextTests
{
    [TestCase("Inhaled Combined Budesonide-Formoterol as Needed in Mild Asthma.", "Inhaled Combined Budesonide-Formoterol as Needed in Mild Asthma")]
    [TestCase("[Vaccines are drugs].", "Vaccines are drugs")]
    [TestCase("[18F]FDG uptake in the brain [in mice].", "[18F]FDG uptake in the brain [in mice]")]
    [TestCase("Is it worth it...", "Is it worth it...")]
    [TestCase("Why?", "Why?")]
    [TestCase("[Not Available].", null)]
    [TestCase("  ", null)]
    public void Clean_MedlineTitle_DropsItsConventions(string title, string? expected) =>
        Assert.That(MedlineTitle.Clean(title), Is.EqualTo(expected));

    [TestCase("Dept of X, Lodz, Poland. Electronic address: A.B@uni.lodz.pl.", "Dept of X, Lodz, Poland.", "a.b@uni.lodz.pl")]
    [TestCase("Philadelphia, Pennsylvania, USA weisssr@upenn.edu.", "Philadelphia, Pennsylvania, USA", "weisssr@upenn.edu")]
    [TestCase("Leeds, UK (e-mail: k.lee@leeds.ac.uk).", "Leeds, UK", "k.lee@leeds.ac.uk")]
    [TestCase("jsmith@example.org", null, "jsmith@example.org")]
    [TestCase("Department of Medicine, Oslo, Norway.", "Department of Medicine, Oslo, Norway.", null)]
    public void Split_AffiliationWithEmail_MovesTheEmailOut(string text, string? affiliation, string? email) =>
        Assert.That(AffiliationEmail.Split(text), Is.EqualTo((affiliation, email)));

    [TestCase("eng", "en")]
    [TestCase("ENG", "en")]
    [TestCase("chi", "zh")]
    [TestCase("ger", "de")]
    [TestCase("en", "en")]
    [TestCase("und", null)]
    [TestCase("mul", null)]
    public void ToIso6391_MedlineLanguage_IsTheTwoLetterCode(string code, string? expected) =>
        Assert.That(LanguageCodes.ToIso6391(code), Is.EqualTo(expected));

    [TestCase("http://orcid.org/0000-0002-8155-4528", "0000-0002-8155-4528")]
    [TestCase("000000021825009X", null)]
    [TestCase("0000000218250097", "0000-0002-1825-0097")]
    [TestCase("0000-0001-6596-153x", "0000-0001-6596-153X")]
    [TestCase("0000-0002-8155-4529", null)]
    public void Orcid_PubmedForms_AreNormalizedAndChecked(string value, string? expected) =>
        Assert.That(ScholarlyIds.Orcid(value), Is.EqualTo(expected));
}
