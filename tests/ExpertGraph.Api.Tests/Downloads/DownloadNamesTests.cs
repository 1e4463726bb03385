using ExpertGraph.Api.Downloads;

namespace ExpertGraph.Api.Tests.Downloads;

/// <summary>File names of downloads: safe to save anywhere, whatever a shortlist is called.</summary>
[TestFixture]
public sealed class DownloadNamesTests
{
    [TestCase("生态经济 lab", "生态经济 lab.csv")]
    [TestCase("../../etc/passwd", "_.._etc_passwd.csv")]
    [TestCase("a\\b:c*d?e\"f<g>h|i", "a_b_c_d_e_f_g_h_i.csv")]
    [TestCase("line\r\nbreak\ttab", "line__break_tab.csv")]
    [TestCase(".hidden", "hidden.csv")]
    [TestCase("///", "shortlist.csv")]
    [TestCase("   ", "shortlist.csv")]
    public void Safe_Name_NoPathOrControlCharacters(string name, string expected) =>
        Assert.That(DownloadNames.Safe(name, ".csv", "shortlist"), Is.EqualTo(expected));

    [Test]
    public void Safe_LongName_CutWithoutSplittingACharacter()
    {
        var name = new string('a', 119) + "😀😀";

        var safe = DownloadNames.Safe(name, ".csv", "shortlist");

        Assert.That(safe, Is.EqualTo(new string('a', 119) + ".csv"));
    }

    [Test]
    public void ContentDisposition_AsciiName_BothFormsTheSame() =>
        Assert.That(DownloadNames.ContentDisposition("expertgraph-neo4j.zip"),
            Is.EqualTo("attachment; filename=expertgraph-neo4j.zip; filename*=UTF-8''expertgraph-neo4j.zip"));
}
