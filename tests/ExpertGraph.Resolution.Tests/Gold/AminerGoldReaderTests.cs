using ExpertGraph.Resolution.Gold;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Resolution.Tests.Gold;

public class AminerGoldReaderTests
{
    private static readonly Lazy<GoldSet> Set = new(() => AminerGoldReader.Read(SharedData.Path("disambiguation/aminer-na-110names")));

    private static GoldMention Mention(string name, string publicationId) =>
        Set.Value.Mentions.Single(m => m.Signature.Id == $"aminer:{name}:{publicationId}");

    [Test]
    public void Read_RealFolder_SeventyNamesAndOneMentionPerDistinctPublication()
    {
        // `ls data | wc -l` = 70; `grep -c "<publication>" data/*.xml` sums to 5,087, one of which (Jose M. Garcia 368860)
        // is written twice: 5,086 mentions. `grep -h "<label>"` per file, distinct labels summed = 966 persons.
        Assert.That(Set.Value.Mentions.Select(m => m.Group).Distinct().Count(), Is.EqualTo(70));
        Assert.That(Set.Value.Mentions, Has.Count.EqualTo(5086));
        Assert.That(Set.Value.Mentions.Select(m => m.Person).Distinct().Count(), Is.EqualTo(966));
        Assert.That(Set.Value.Notes[0], Does.Contain("5,087 publications"));
    }

    [Test]
    public void Read_AlokGupta6156_EveryField()
    {
        // data/Alok Gupta.xml lines 8-14:
        // <title>A predictive empirical model for pricing and resource allocation decisions</title> <year>2007</year>
        // <authors>Wolfgang Ketter,John Collins,Maria L. Gini,Paul R. Schrater,Alok Gupta</authors> <jconf>ICEC</jconf>
        // <id>6156</id> <label>0</label> <organization>University of Minnesota, Minneapolis, MN</organization>
        var mention = Mention("Alok Gupta", "6156");
        var s = mention.Signature;
        Assert.Multiple(() =>
        {
            Assert.That(s.Name, Is.EqualTo("Alok Gupta"));
            Assert.That(s.WorkId, Is.EqualTo("6156"));
            Assert.That(s.Title, Is.EqualTo("A predictive empirical model for pricing and resource allocation decisions"));
            Assert.That(s.Year, Is.EqualTo(2007));
            Assert.That(s.Venue, Is.EqualTo("ICEC"));
            Assert.That(s.Coauthors, Is.EqualTo(new[] { "Wolfgang Ketter", "John Collins", "Maria L. Gini", "Paul R. Schrater" }));
            Assert.That(s.Affiliations, Is.EqualTo(new[] { "University of Minnesota, Minneapolis, MN" }));
            Assert.That(mention.Person, Is.EqualTo("Alok Gupta#0"));
            Assert.That(mention.Group, Is.EqualTo("Alok Gupta"));
        });
    }

    [Test]
    public void Read_OrganizationNull_NoAffiliation()
    {
        // data/Alok Gupta.xml lines 20-23: <jconf>CARS</jconf> <id>75871</id> <label>1</label> <organization>null</organization>
        var mention = Mention("Alok Gupta", "75871");
        Assert.That(mention.Signature.Affiliations, Is.Empty);
        Assert.That(mention.Signature.Venue, Is.EqualTo("CARS"));
        Assert.That(mention.Person, Is.EqualTo("Alok Gupta#1"));
        Assert.That(mention.Signature.Coauthors, Has.Count.EqualTo(16)); // 17 authors on line 19, Alok Gupta 12th
    }

    [Test]
    public void Read_RawAmpersandAndHtmlEntity_RepairedToText()
    {
        // data/Alok Gupta.xml:68 <organization>Dept. of Imaging & Visualization, Siemens Corp. Res. Inc., Princeton, NJ</organization> (id 128702)
        // data/Thomas Hermann.xml:368 <title>On the derivatives of second and third degree rational B&eacute;zier curves</title> (id 1549587)
        Assert.That(Mention("Alok Gupta", "128702").Signature.Affiliations,
            Is.EqualTo(new[] { "Dept. of Imaging & Visualization, Siemens Corp. Res. Inc., Princeton, NJ" }));
        Assert.That(Mention("Thomas Hermann", "1549587").Signature.Title,
            Is.EqualTo("On the derivatives of second and third degree rational Bézier curves"));
    }

    [Test]
    public void Read_EricMartin_FullNameWithAccentAndAnswersFileWithSpace()
    {
        // data/Eric Martin.xml:4 <FullName>Éric Martin</FullName>; lines 10-12 <authors>Eric Martin</authors> ... <id>34449</id>
        // answers/"Eric Martin (classify).txt" is the one answers file with a space before "(classify)".
        var mention = Mention("Eric Martin", "34449");
        Assert.That(mention.Signature.Name, Is.EqualTo("Éric Martin"));
        Assert.That(mention.Group, Is.EqualTo("Eric Martin"));
        Assert.That(mention.Signature.Coauthors, Is.Empty);
    }

    [TestCase("Jim Gray", "1666800", new string[0])] // Jim Gray.xml:1711 <authors>J. Gray</authors>
    [TestCase("R. Cole", "61828", new[] { "Uzi Vishkin" })] // R. Cole.xml:10 <authors>Richard Cole,Uzi Vishkin</authors>
    public void Read_AuthorWrittenWithInitials_RemovedFromCoauthors(string name, string id, string[] coauthors) =>
        Assert.That(Mention(name, id).Signature.Coauthors, Is.EqualTo(coauthors));

    [Test]
    public void Read_NoAuthorMatchesTheName_KeepsAllAndSaysSo()
    {
        // S. Huang.xml:55 <authors>Jun Zhu,Zhong Tian,Thomas Li,Wei Sun,Sheng Ye,Wei Ding,C. C. Wang,Gerland Wu,Leo Weng,
        // Simon Huan,Bill Liu,Daniel Chou</authors>: "Simon Huan", not Huang. The <publication> opens on line 52.
        Assert.That(Mention("S. Huang", "890930").Signature.Coauthors, Has.Count.EqualTo(12));
        Assert.That(Set.Value.Notes, Has.Some.StartsWith("S. Huang.xml:52: publication 890930: no author matches"));
    }

    [Test]
    public void Read_PublicationRepeatedInDataFile_KeptOnceAndQuarantined()
    {
        // Jose M. Garcia.xml: <id>368860</id> on lines 273 and 750, publications opening on lines 268 and 745, identical.
        Assert.That(Set.Value.Mentions.Count(m => m.Signature.Id == "aminer:Jose M. Garcia:368860"), Is.EqualTo(1));
        Assert.That(Set.Value.Notes, Has.Some.StartsWith("Jose M. Garcia.xml:745: publication 368860 repeats line 268 (identical)"));
    }

    [Test]
    public void Read_LabelAndAnswersDisagree_LabelKeptAndDisagreementsNoted()
    {
        // Fan Wang.xml: <id>1316588</id> <label>2</label>; answers "Fan Wang(classify).txt" line 2 "#1:… 1316588" (the label-0 person),
        // while the other label-2 publications are all on line 9 "#10:1207015 1241928 63655 1319530 63543 1214481 618444".
        Assert.That(Mention("Fan Wang", "1316588").Person, Is.EqualTo("Fan Wang#2"));
        var note = Set.Value.Notes.Single(n => n.Contains("placed differently", StringComparison.Ordinal));
        Assert.That(note, Does.StartWith("3 publications"));
        Assert.That(note, Does.Contain("Fan Wang 1316588 (label 2, answers #1)"));
        Assert.That(note, Does.Contain("Lei Chen 242533 (label 16, answers #1)"));
        Assert.That(note, Does.Contain("Wen Gao 431612 (label 8, answers #1)"));
    }

    [Test]
    public void Read_IdInTwoAnswerClusters_NotedAndLabelKept()
    {
        // Xiaoming Wang(classify).txt: "#2:116656" and "#6:116656"; Xiaoming Wang.xml gives 116656 <label>0</label>.
        Assert.That(Mention("Xiaoming Wang", "116656").Person, Is.EqualTo("Xiaoming Wang#0"));
        Assert.That(Set.Value.Notes, Has.Some.Contains("Xiaoming Wang 116656 (#2, #6)"));
    }

    [Test]
    public void Read_PublicationInNoAnswersLine_KeepsItsLabel()
    {
        // Gang Chen.xml: <id>78494</id> <label>2</label>; 78494 is in no line of "Gang Chen(classify).txt".
        Assert.That(Mention("Gang Chen", "78494").Person, Is.EqualTo("Gang Chen#2"));
        Assert.That(Set.Value.Notes, Has.Some.Contains("Gang Chen 78494"));
    }

    [Test]
    public void Read_BrokenXml_ErrorNamesFileLineAndPosition()
    {
        using var folder = new TempGoldFolder();
        folder.Write("data/Ann Lee.xml", "<?xml version=\"1.0\"?>\n<person>\n<FullName>Ann Lee</FullName>\n<publication><title>T</title>\n</person>\n");
        folder.Write("answers/Ann Lee(classify).txt", "#Ann Lee\n#1:1\n");
        var e = Assert.Throws<GoldFormatException>(() => AminerGoldReader.Read(folder.Path));
        Assert.That(e!.Message, Does.Contain("Ann Lee.xml:5:3:"));
        Assert.That(e.Line, Is.EqualTo(5));
    }

    [Test]
    public void Read_AnswersFileMissing_ErrorNamesTheFile()
    {
        using var folder = new TempGoldFolder();
        folder.Write("data/Ann Lee.xml", "<person><FullName>Ann Lee</FullName></person>");
        Directory.CreateDirectory(System.IO.Path.Combine(folder.Path, "answers"));
        var e = Assert.Throws<GoldFormatException>(() => AminerGoldReader.Read(folder.Path));
        Assert.That(e!.Message, Does.Contain("Ann Lee(classify).txt").And.Contain("answers file missing"));
    }

    [Test]
    public void Read_AnswersLineNotAClusterLine_ErrorNamesFileAndLine()
    {
        using var folder = new TempGoldFolder();
        folder.Write("data/Ann Lee.xml", "<person><FullName>Ann Lee</FullName></person>");
        folder.Write("answers/Ann Lee(classify).txt", "#Ann Lee\n#1:1 2\n1 2 3\n");
        var e = Assert.Throws<GoldFormatException>(() => AminerGoldReader.Read(folder.Path));
        Assert.That(e!.Message, Does.StartWith(System.IO.Path.Combine(folder.Path, "answers", "Ann Lee(classify).txt") + ":3:1:"));
    }

    [Test]
    public void Read_PublicationWithoutLabel_QuarantinedWithLine()
    {
        using var folder = new TempGoldFolder();
        folder.Write("data/Ann Lee.xml",
            "<person>\n<FullName>Ann Lee</FullName>\n<publication><id>7</id><authors>Ann Lee,Bo Li</authors><label>0</label></publication>\n"
            + "<publication><id>8</id><authors>Ann Lee</authors></publication>\n</person>\n");
        folder.Write("answers/Ann Lee(classify).txt", "#Ann Lee\n#1:7 8\n");
        var set = AminerGoldReader.Read(folder.Path);
        Assert.That(set.Mentions.Select(m => m.Signature.Id), Is.EqualTo(new[] { "aminer:Ann Lee:7" }));
        Assert.That(set.Mentions[0].Signature.Coauthors, Is.EqualTo(new[] { "Bo Li" }));
        Assert.That(set.Notes, Has.Some.EqualTo("Ann Lee.xml:4: publication without <label>: not read"));
    }
}
