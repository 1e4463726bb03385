using ExpertGraph.Ingestion.Patents;

namespace ExpertGraph.Ingestion.Tests.Patents;

/// <summary>Raw codes as they appear in the USPTO files (grep of main-/further-classification, B511, B521, ipc).</summary>
[TestFixture]
public sealed class PatentClassificationFormatTests
{
    [TestCase("A47L  514", "A47L 5/14")]       // v2-5-B2.xml B511
    [TestCase("E03C 104", "E03C 1/04")]        // v2-5-B1.xml B511, a pad space lost by pretty-printing
    [TestCase("A41D001/06", "A41D 1/06")]      // v4-0-A1.xml classification-ipc
    [TestCase("B08B003/00", "B08B 3/00")]      // v1-5-A1_1.xml ipc
    [TestCase("H01L 21302", "H01L 21/302")]    // ipgxml classification-ipc
    [TestCase("C07C24900", "C07C 249/00")]
    [TestCase("0101", null)]                   // v2-5-S1.xml B511: a Locarno design class, not IPC
    public void Ipc_Edition7FixedWidth_ReturnsGroupSlashSubgroup(string raw, string? expected) =>
        Assert.That(PatentClassificationFormat.Ipc(raw), Is.EqualTo(expected));

    [TestCase(" 15328", "15/328")]             // v2-5-B2.xml B521
    [TestCase(" 153276", "15/327.6")]          // v2-5-B2.xml B522
    [TestCase("4675", "4/675")]                // v2-5-B1.xml B521, left padding lost
    [TestCase("D 1106", "D1/106")]             // v2-5-S1.xml B521
    [TestCase("  2 16", "2/16")]               // v4-0-B2.xml
    [TestCase("602 62", "602/62")]
    [TestCase(" 7245306", "72/453.06")]
    [TestCase(" 12142 E", "12/142E")]
    [TestCase(" 99421H", "99/421H")]
    [TestCase("PLT263", "PLT/263")]
    [TestCase("257E33068", "257/E33.068")]
    [TestCase("261DIG  70", "261/DIG.7")]
    [TestCase("002227000", "2/227")]           // v4-0-A1.xml
    public void Uspc_FixedWidth_ReturnsClassSlashSubclass(string raw, string expected) =>
        Assert.That(PatentClassificationFormat.Uspc(raw), Is.EqualTo(expected));

    [Test]
    public void Uspc_PapClassAndSubclass_ReturnsClassSlashSubclass() =>
        Assert.That(PatentClassificationFormat.Uspc("134", "031000"), Is.EqualTo("134/31")); // v1-5-A1_1.xml

    // EPO B511/B512/B513 and classification-ipcr / classification-cpc texts (records/epo-ep-publication-xml).
    [TestCase(" 7A 01B  45/00   A", "A01B 45/00")]                                  // v1-0-A1-1.xml B511, edition 7
    [TestCase("2C 07D 307/12 A", "C07D 307/12")]                                   // v1-1-A1.xml B511, edition 2
    [TestCase("2A 01N 43/08 -", "A01N 43/08")]                                     // v1-1-A1.xml B513
    [TestCase(" 5H 04N   5/92   A", "H04N 5/92")]                                  // v1-1-A2-1.xml B511
    [TestCase("A01D  17/10        19680901AFI20050322BHEP        ", "A01D 17/10")] // v1-01-A1.xml
    [TestCase("C07D 271/113       20060101AFI20200522BHEP        ", "C07D 271/113")]
    [TestCase("E04B 1/88 20060101AFI20070316BHEP ", "E04B 1/88")]                  // v1-2-A1.xml, pretty-printed
    [TestCase("B05B 11/ 00 A I ", "B05B 11/00")]                                   // v1-4-A1-1.xml
    [TestCase("F16D2500/10437     20130101 LA20211026BHEP        ", "F16D 2500/10437")] // v1-5-1-A1-1.xml CPC
    [TestCase("H04L2012/40273     20130101 LA20220830BHEP", "H04L 2012/40273")]     // v1-5-1-A2-1.xml CPC
    [TestCase("// A01N43/08", null)]                                               // v1-1-A1.xml B517EP, not read
    [TestCase("NONE", null)]
    [TestCase("", null)]
    public void FromText_EpoForms_ReturnsSubclassGroupSlashSubgroup(string raw, string? expected) =>
        Assert.That(PatentClassificationFormat.FromText(raw), Is.EqualTo(expected));

    [Test]
    public void FromParts_CpcParts_ReturnsSubclassGroupSlashSubgroup() =>
        Assert.That(PatentClassificationFormat.FromParts("B", "62", "B", "2206", "006"), Is.EqualTo("B62B 2206/006")); // v4-5-B2.xml
}
