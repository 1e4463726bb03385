using ExpertGraph.Ingestion.Exports;

namespace ExpertGraph.Ingestion.Tests.Exports;

public sealed class AffiliationTextTests
{
    [TestCase("Department of Computer Science, Beckman Institute, University of Illinois at Urbana-Champaign, Urbana, IL 61801, United States", "University of Illinois at Urbana-Champaign")]
    [TestCase("University of Bristol,Department of Computer Science,UK", "University of Bristol")]
    [TestCase("Dept. of Comput. & Inf. Sci. & Eng., Univ. of Florida, Gainesville, FL, USA", "Univ. of Florida")]
    [TestCase("Oak Ridge National Laboratory,TN,USA", "Oak Ridge National Laboratory")]
    [TestCase("Department of Pathology, Harvard Medical School, Boston, MA 02115, United States", "Harvard Medical School")]
    [TestCase("I/O Doctors, LLC, Hanska, MN, USA", "I/O Doctors, LLC")]
    [TestCase("Division of Surgical Oncology, Graduate School of Medicine, Osaka, Japan", null)]
    [TestCase("CNRS, IRISA", "CNRS")]
    [TestCase("IRISA, Rennes, France", null)]
    [TestCase("清华大学计算机科学与技术系,北京100084", "清华大学")]
    [TestCase("1.中国科学院计算技术研究所,北京100190", "中国科学院")]
    [TestCase("北京市某某研究所", "北京市某某研究所")]
    public void Organization_Address_PartThatNamesTheInstitution(string address, string? organization)
    {
        Assert.That(AffiliationText.Organization(address), Is.EqualTo(organization));
    }

    [TestCase("NA")]
    [TestCase("  ")]
    [TestCase(null)]
    public void Mention_PlaceholderOrEmpty_IsNull(string? raw)
    {
        Assert.That(AffiliationText.Mention(raw), Is.Null);
    }
}
