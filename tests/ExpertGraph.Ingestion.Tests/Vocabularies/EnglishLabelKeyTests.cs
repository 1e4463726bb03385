using ExpertGraph.Ingestion.Vocabularies;

namespace ExpertGraph.Ingestion.Tests.Vocabularies;

public sealed class EnglishLabelKeyTests
{
    [TestCase("Mathematics", "mathematic")]
    [TestCase("mathematics", "mathematic")]
    [TestCase("Neoplasms", "neoplasm")]
    [TestCase("Therapies", "therapy")]
    [TestCase("Processes", "process")]
    [TestCase("Analysis", "analysis")]
    [TestCase("Virus", "virus")]
    [TestCase("Alzheimer's Disease", "alzheimer disease")]
    [TestCase("Human-Computer Interaction", "human computer interaction")]
    [TestCase("Safety, Risk, Reliability & Quality", "safety risk reliability and quality")]
    [TestCase("  Cloud   computing ", "cloud computing")]
    public void Of_NormalizesCasePunctuationAndLightPlurals(string label, string expected)
    {
        Assert.That(EnglishLabelKey.Of(label), Is.EqualTo(expected));
    }

    [Test]
    public void Of_DoesNotDependOnTheMachineCulture()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            Assert.That(EnglishLabelKey.Of("INFORMATION SYSTEMS"), Is.EqualTo("information system"));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }
}
