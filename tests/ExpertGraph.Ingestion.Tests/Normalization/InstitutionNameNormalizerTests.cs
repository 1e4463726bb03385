using ExpertGraph.Ingestion.Normalization;

namespace ExpertGraph.Ingestion.Tests.Normalization;

public sealed class InstitutionNameNormalizerTests
{
    [TestCase("  Tsinghua\u00A0University,  ", "Tsinghua University")]
    [TestCase("Tsinghua Univ.", "Tsinghua Univ.")] // the dot of an abbreviation stays
    [TestCase("Tsinghua University.", "Tsinghua University")]
    [TestCase("Sichuan University, Chengdu 610041", "Sichuan University, Chengdu")]
    [TestCase("Stanford University, Stanford, CA 94305-5020;", "Stanford University, Stanford, CA")]
    [TestCase("中国地质大学政法学院 湖北武汉430074", "中国地质大学政法学院 湖北武汉")] // CNKI
    [TestCase("1.中国铁道科学研究院 研究生部", "中国铁道科学研究院 研究生部")] // CNKI numbers a paper's affiliations
    [TestCase("3M Company", "3M Company")]
    [TestCase("Ｔｓｉｎｇｈｕａ　Ｕｎｉｖｅｒｓｉｔｙ", "Tsinghua University")] // full-width letters and ideographic space: NFKC
    [TestCase("南开大学", "南开大学")]
    [TestCase("Apple Inc.", "Apple Inc.")]
    public void Normalize_RawName_CleanDisplayName(string raw, string expected)
    {
        Assert.That(InstitutionNameNormalizer.Normalize(raw), Is.EqualTo(expected));
    }

    [TestCase("Tsinghua Univ.", "TSINGHUA UNIVERSITY")]
    [TestCase("Tsinghua Univ", "Tsinghua University")] // WoS C1 spelling
    [TestCase("The University of Hong Kong", "University of Hong Kong")]
    [TestCase("Harbin Inst Technol", "Harbin Institute of Technology")] // WoS C1 vs OpenAlex display name
    [TestCase("Texas A&M University", "Texas A and M University")]
    [TestCase("Xi'an Jiaotong University", "Xian Jiaotong Univ.")]
    [TestCase("Universität Zürich", "Universitat Zurich")]
    [TestCase("Centre National de la Recherche Scientifique", "Center National de la Recherche Scientifique")]
    [TestCase("Friedrich-Alexander Universität Erlangen-Nürnberg", "Friedrich Alexander Universitat Erlangen Nurnberg")]
    [TestCase("中国科学院 植物研究所", "中国科学院植物研究所")]
    [TestCase("Beijing Univ Posts & Telecommun", "Beijing Univ. Posts and Telecommun")]
    public void Key_TwoSpellingsOfOneName_SameKey(string left, string right)
    {
        Assert.That(InstitutionNameNormalizer.Key(left), Is.EqualTo(InstitutionNameNormalizer.Key(right)));
    }

    [TestCase("Tsinghua Univ.", "tsinghua university")]
    [TestCase("The University of Hong Kong", "university hong kong")]
    [TestCase("Texas A&M University", "texas a and m university")]
    [TestCase("南开大学", "南开大学")]
    public void Key_Name_ExactKey(string name, string key)
    {
        Assert.That(InstitutionNameNormalizer.Key(name), Is.EqualTo(key));
    }

    [TestCase("University of Washington", "Washington University")] // Seattle vs St. Louis: word order is kept
    [TestCase("Peking University", "Peking Union Medical College")]
    [TestCase("Georgia State University", "Georgia University")]
    public void Key_DifferentInstitutions_DifferentKeys(string left, string right)
    {
        Assert.That(InstitutionNameNormalizer.Key(left), Is.Not.EqualTo(InstitutionNameNormalizer.Key(right)));
    }

    [Test]
    [SetCulture("tr-TR")]
    public void Key_TurkishCulture_InvariantCaseFolding()
    {
        Assert.That(InstitutionNameNormalizer.Key("ISTANBUL UNIVERSITY"), Is.EqualTo("istanbul university"));
    }
}
