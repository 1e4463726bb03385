using ExpertGraph.Ingestion.Vocabularies;

namespace ExpertGraph.Ingestion.Tests.Vocabularies;

public sealed class CedictGlossTests
{
    [TestCase("cell (biology)", "cell")]
    [TestCase("to fabricate", "fabricate")]
    [TestCase("computer science", "computer science")]
    [TestCase("sth (abbr. for 計算機科學|计算机科学[ji4 suan4 ji1 ke1 xue2]) else", "sth else")]
    [TestCase("ten thousand lit. many", "ten thousand")]
    public void Normalize_KeepsTheTranslation(string gloss, string expected)
    {
        Assert.That(CedictGloss.Normalize(gloss), Is.EqualTo(expected));
    }

    [TestCase("see 計算機|计算机[ji4 suan4 ji1]")]
    [TestCase("variant of 圖|图[tu2]")]
    [TestCase("CL:個|个[ge4]")]
    [TestCase("surname Zhang")]
    [TestCase("lit. to not show the mountain")]
    [TestCase("(abbr. for 計算機科學)")]
    public void Normalize_ReferencesAreNotTranslations(string gloss)
    {
        Assert.That(CedictGloss.Normalize(gloss), Is.Null);
    }
}
