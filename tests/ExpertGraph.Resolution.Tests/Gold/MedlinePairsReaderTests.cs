using ExpertGraph.Resolution.Gold;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Resolution.Tests.Gold;

public class MedlinePairsReaderTests
{
    private static readonly Lazy<GoldSet> Set = new(() =>
    {
        var folder = SharedData.Path("disambiguation/medline-and-pairs-vishnyakova");
        return MedlinePairsReader.Read(folder, MedlinePairsReader.PairsFiles(folder));
    });

    private static GoldPair Pair(string firstId, string secondId) =>
        Set.Value.Pairs.Single(p => p.First.Id == firstId && p.Second.Id == secondId);

    [Test]
    public void Read_BothFiles_TrainAndTestPairsAfterQuarantine()
    {
        // 1,500 train rows less 16 quarantined (below) = 1,484; 400 test rows less line 389 = 399.
        Assert.That(Set.Value.Pairs.Count(p => !p.Test), Is.EqualTo(1484));
        Assert.That(Set.Value.Pairs.Count(p => p.Test), Is.EqualTo(399));
        Assert.That(Set.Value.Notes[0], Does.StartWith("1,900 rows, 1,883 pairs (1,484 train, 399 test), 17 rows quarantined"));
    }

    // Lines read off the files with `awk -F';'` (label empty, second half empty) and grep for repeated pairs.
    [TestCase("1500_pairs_train.csv:516: the same pair is labelled YES here and the opposite at 1500_pairs_train.csv:606")] // 25828344;Kim;WH;Woong Han;22717061;Kim;WH;W H; YES
    [TestCase("1500_pairs_train.csv:606: the same pair is labelled NO here and the opposite at 1500_pairs_train.csv:516")] // same pair;NO
    [TestCase("1500_pairs_train.csv:517: the same pair is labelled YES")] // 24162707;Song;HJ;Hyun Jung;22717061;Song;HJ;H J; YES
    [TestCase("1500_pairs_train.csv:607: the same pair is labelled NO")]
    [TestCase("1500_pairs_train.csv:609: no Authorship label")] // 24247299;Kobayashi;T;Takako;25904819;Kobayashi;T;T;
    [TestCase("1500_pairs_train.csv:610: no Authorship label")] // 16280221;Li;S;Shengbin;25904819;Li;S;S;
    [TestCase("1500_pairs_train.csv:636: no Authorship label")]
    [TestCase("1500_pairs_train.csv:637: no Authorship label")]
    [TestCase("1500_pairs_train.csv:670: no Authorship label")] // 17350365;Mullany;CJ;Charles J;27770180;Mullany;CJ;C J;
    [TestCase("1500_pairs_train.csv:787: the second mention is missing")] // 21770629;Zhong;J;J;;;;;
    [TestCase("1500_pairs_train.csv:1287: no Authorship label")]
    [TestCase("1500_pairs_train.csv:1397: the second mention is missing")] // 26770067;Bocci;A;A;;;;;
    [TestCase("1500_pairs_train.csv:1423: the same pair with the same label as 400_pairs_test.csv:75")] // 12478088;Castelli;F;Francesco;23851245;…;YES
    [TestCase("1500_pairs_train.csv:1433: the same pair with the same label as 400_pairs_test.csv:88")] // 21631609;Chua;KY;K Y;27733553;…;YES
    [TestCase("1500_pairs_train.csv:1468: the second mention is missing")] // 25838796;Diaz;MA;M A;;;;;
    [TestCase("1500_pairs_train.csv:1491: no Authorship label")] // 26190936;King;RS;R S B;21770629;King;RS;R S B;
    [TestCase("400_pairs_test.csv:389: the second mention is missing")] // 27205875;Zhao;W;Weiqi;null;null;null;null;NO
    public void Read_MalformedRow_QuarantinedByLine(string expected)
    {
        var note = Set.Value.Notes.Single(n => n.StartsWith(expected[..expected.IndexOf(": ", StringComparison.Ordinal)] + ": ", StringComparison.Ordinal));
        Assert.That(note, Does.StartWith(expected).And.EndWith(": quarantined"));
    }

    [Test]
    public void Read_QuarantinedLines_ExactlyTheSeventeen()
    {
        var quarantined = Set.Value.Notes.Where(n => n.EndsWith(": quarantined", StringComparison.Ordinal)).ToList();
        Assert.That(quarantined, Has.Count.EqualTo(17));
    }

    [Test]
    public void Read_TrainLine3_EveryField()
    {
        // 1500_pairs_train.csv:3  17200656;Stenkamp;DL;Deborah L;21742053;Stenkamp;DL;Deborah L;YES
        var pair = Pair("medline:17200656:Stenkamp:DL", "medline:21742053:Stenkamp:DL");
        Assert.Multiple(() =>
        {
            Assert.That(pair.First.Name, Is.EqualTo("Deborah L Stenkamp"));
            Assert.That(pair.First.WorkId, Is.EqualTo("17200656"));
            Assert.That(pair.Second.Name, Is.EqualTo("Deborah L Stenkamp"));
            Assert.That(pair.Second.WorkId, Is.EqualTo("21742053"));
            Assert.That(pair.SamePerson, Is.True);
            Assert.That(pair.Test, Is.False);
        });
    }

    [Test]
    public void Read_N0Typo_ReadAsNoAndNoted()
    {
        // 400_pairs_test.csv:48  14236718;BERMAN;ER;E R;27285275;Berman;ER;Elizabeth R;N0
        var pair = Pair("medline:14236718:BERMAN:ER", "medline:27285275:Berman:ER");
        Assert.That(pair.SamePerson, Is.False);
        Assert.That(pair.Test, Is.True);
        Assert.That(pair.Second.Name, Is.EqualTo("Elizabeth R Berman"));
        Assert.That(Set.Value.Notes, Has.Some.StartsWith("400_pairs_test.csv:48: Authorship \"N0\" read as NO"));
    }

    [Test]
    public void Read_TestFileInLatin1_DecodedToAccents()
    {
        // 400_pairs_test.csv:104 (byte 0xE1 = á in ISO-8859-1)  20652592;Dur\xe1n;R;Rafael;27436016;Duran;R;Rafael;NO
        var pair = Pair("medline:20652592:Durán:R", "medline:27436016:Duran:R");
        Assert.That(pair.First.Name, Is.EqualTo("Rafael Durán"));
        Assert.That(pair.SamePerson, Is.False);
        Assert.That(Set.Value.Notes, Has.Some.EqualTo("400_pairs_test.csv: not UTF-8; read as ISO-8859-1 (Latin-1)"));
    }

    [Test]
    public void Read_NullNames_InitialsOrLastNameStandIn()
    {
        // 1500_pairs_train.csv:237  14853906;MURAZ;null;null;18856641;MURAZ;null;null;YES
        // 1500_pairs_train.csv:35   10444094;Buckeridge;MS;null;10729610;Buckeridge;MS;null;YES
        Assert.That(Pair("medline:14853906:MURAZ:", "medline:18856641:MURAZ:").First.Name, Is.EqualTo("MURAZ"));
        Assert.That(Pair("medline:10444094:Buckeridge:MS", "medline:10729610:Buckeridge:MS").First.Name, Is.EqualTo("MS Buckeridge"));
    }

    [Test]
    public void Read_LabelWithSpaces_Trimmed()
    {
        // 1500_pairs_train.csv:795  1837285;Derntl;F;F;5442294;Derntl;F;F;NO␠   and :507 25582491;Zhang;Q;Qunlin;27896623;Zhang;Q;Qi;␠NO
        Assert.That(Pair("medline:1837285:Derntl:F", "medline:5442294:Derntl:F").SamePerson, Is.False);
        Assert.That(Pair("medline:25582491:Zhang:Q", "medline:27896623:Zhang:Q").SamePerson, Is.False);
    }

    [Test]
    public void Read_HeaderNotPairs_ErrorNamesFileAndLine()
    {
        using var folder = new TempGoldFolder();
        var file = folder.Write("x.csv", "PMID;Last\n1;A\n");
        var e = Assert.Throws<GoldFormatException>(() => MedlinePairsReader.Read(folder.Path, [file]));
        Assert.That(e!.Message, Does.StartWith(file + ":1:1:"));
    }
}
