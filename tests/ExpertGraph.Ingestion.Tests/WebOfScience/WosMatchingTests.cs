using ExpertGraph.Ingestion.WebOfScience;

namespace ExpertGraph.Ingestion.Tests.WebOfScience;

/// <summary>The rules that tie RI/OI entries, EM addresses and RP names to authors, on spellings found in the real exports.</summary>
public sealed class WosMatchingTests
{
    [TestCase("Ferrero López, Alberto", "Ferrero-Lopez, Alberto")]
    [TestCase("wang, xu", "Wang, Xu")]
    [TestCase("Cormoș, Angel", "Cormos, Angel")]
    [TestCase("IŞIK, Yunus", "Isik, Yunus")]
    public void SameAs_SpellingsOfOneName_AreTheSame(string a, string b) =>
        Assert.That(WosName.Of(a).SameAs(WosName.Of(b)), Is.True);

    [TestCase("Leitch, Samuel", "Leitch, Samuel G.", true)]
    [TestCase("Avitabile, Gianfranco", "Avitabile, G.", true)]
    [TestCase("Motto Ros, Paolo", "Ros, Paolo Motto", true)]
    [TestCase("Galvao Dias, Teresa", "Dias, Teresa Galvao", true)]
    [TestCase("Hernández Solana, María Ángela", "Hernandez-Solana, Angela", true)]
    [TestCase("Valdovinos Bardají, Antonio", "Valdovinos, Antonio", true)]
    [TestCase("Chen, Jinyan", "Chen, Xianxiang", false)]
    [TestCase("Zhang, Zidong", "Zhan, Zidong", false)]
    [TestCase("li", "Li, Weiming", false)]
    [TestCase(", Ridhima", "Verma, Ridhima", false)]
    [TestCase("内藤, 克浩", "Naito, Katsuhiro", false)]
    [TestCase("Martínez, Alejandro", "Gil-Martinez, Alejandro", true)]
    public void Compatible_ProfileNameAgainstRecordName(string profile, string author, bool expected) =>
        Assert.That(WosName.Of(profile).Compatible(WosName.Of(author)), Is.EqualTo(expected));

    [Test]
    public void FindAuthor_TwoCompatibleAuthors_IsNone()
    {
        // RI "Martínez, Alejandro/ABG-9323-2022" on a record with Gil-Martinez, Alejandro and Martinez-Sala, Alejandro S.
        WosName[] authors = [WosName.Of("Poveda-Garcia, Miguel"), WosName.Of("Gil-Martinez, Alejandro"), WosName.Of("Martinez-Sala, Alejandro S.")];

        Assert.That(WosAuthorIds.FindAuthor(WosName.Of("Martínez, Alejandro"), authors), Is.Null);
        Assert.That(WosAuthorIds.FindAuthor(WosName.Of("Gil-Martinez, Alejandro"), authors), Is.EqualTo(1));
    }

    [Test]
    public void Match_OneIdForTwoAuthorsOrTwoIdsForOne_GivesNone()
    {
        WosName[] authors = [WosName.Of("Kim, Jae"), WosName.Of("Lee, Min")];
        (string, long)[] entries =
        [
            ("Kim, Jae/0000-0002-1825-0097", 1), ("Lee, Min/0000-0002-1825-0097", 1),
            ("Lee, Min/0000-0001-5109-3700", 1),
        ];

        Assert.That(WosAuthorIds.Match(entries, authors, WosAuthorIds.Orcid), Is.EqualTo(new string?[] { null, null }));
    }

    [TestCase("0000-0002-1825-0097", "0000-0002-1825-0097")]
    [TestCase("0000-0002-1694-233x", "0000-0002-1694-233X")]
    [TestCase("0000-0002-1825-0098", null)]
    [TestCase("F-2833-2014", null)]
    [TestCase("https://orcid.org/0000-0002-1825-0097", null)]
    public void Orcid_ChecksTheCheckCharacter(string text, string? expected) =>
        Assert.That(WosAuthorIds.Orcid(text), Is.EqualTo(expected));

    [TestCase("F-2833-2014", "F-2833-2014")]
    [TestCase("AAE-3627-2019", "AAE-3627-2019")]
    [TestCase(" hpd-4427-2023", "HPD-4427-2023")]
    [TestCase("0000-0002-1825-0097", null)]
    [TestCase("F-2833", null)]
    public void ResearcherId_Shape(string text, string? expected) =>
        Assert.That(WosAuthorIds.ResearcherId(text), Is.EqualTo(expected));

    [TestCase("zhiqing_luo@hust.edu.cn", "Luo, Zhiqing", true)]
    [TestCase("yijiewu@hust.edu.cn", "Wu, Yijie", true)]
    [TestCase("malozano@ua.es", "Lozano, Miguel Angel", true)]
    [TestCase("q.ahmed@hud.ac.uk", "Ahmed, Qasim Zeeshan", true)]
    [TestCase("mslee@netlab.snu.ac.kr", "Lee, Myung-Sup", true)]
    [TestCase("sandro.b.ferreira@ieee.org", "Ferreira, Sandro Binsfeld", true)]
    [TestCase("luis.orozco@uclm.es", "Orozco-Barbosa, Luis", true)]
    [TestCase("roach@radonc17.ucsf.edu", "Roach, Mack, III", true)]
    [TestCase("tmarghet@cogsci.ucsd.edu", "Marghetis, Tyler", false)]
    [TestCase("lwming@hust.edu.cn", "Li, Weiming", false)]
    [TestCase("jgallego@dlsi.ua.es", "Gallego, Antonio Javier", false)]
    [TestCase("li@x.cn", "Li, Wei", false)]
    public void Spells_LocalPartAgainstName(string email, string name, bool expected) =>
        Assert.That(WosEmails.Spells(email, WosName.Of(name)), Is.EqualTo(expected));

    [Test]
    public void Match_AnAddressTwoAuthorsFit_GoesToNeither()
    {
        // diego@… is Llanos, Diego R.'s given name and Diego, Ester's family name.
        WosName[] authors = [WosName.Of("Llanos, Diego R."), WosName.Of("Diego, Ester")];

        Assert.That(WosEmails.Match(["diego@rdnest.com"], authors), Is.EqualTo(new string?[] { null, null }));
    }

    [Test]
    public void Match_OneAuthorOneAddress_GoesToTheAuthor() =>
        Assert.That(WosEmails.Match(["ambasalamah@uqu.edu.sa"], [WosName.Of("Basalamah, Anas")]), Is.EqualTo(new[] { "ambasalamah@uqu.edu.sa" }));

    [Test]
    public void Parse_EmailField_SplitsOnSemicolonsAndDropsDuplicates()
    {
        (string, long)[] items = [("a.b@x.org", 1), ("c@y.org.", 1), ("A.B@x.org", 1), ("not an address", 1)];

        Assert.That(WosEmails.Parse(items), Is.EqualTo(new[] { "a.b@x.org", "c@y.org" }));
    }

    [Test]
    public void ReprintAuthors_SeveralCorrespondingAuthors_EachWithTheirAddress()
    {
        const string rp = "Che, XJ (corresponding author), Tsinghua Univ, INSC, Beijing, Peoples R China.; "
            + "Lee, K (corresponding author), Kyungpook Natl Univ, Sch Space Engn Sci, Daegu 41566, South Korea.";

        Assert.That(WosAddresses.ReprintAuthors(rp), Is.EqualTo(new[]
        {
            ("Che, XJ", "Tsinghua Univ, INSC, Beijing, Peoples R China"),
            ("Lee, K", "Kyungpook Natl Univ, Sch Space Engn Sci, Daegu 41566, South Korea"),
        }));
        Assert.That(WosAddresses.ReprintAuthors("Marghetis, T (reprint author), Univ Calif San Diego, La Jolla, CA 92093 USA."),
            Is.EqualTo(new[] { ("Marghetis, T", "Univ Calif San Diego, La Jolla, CA 92093 USA") }));
    }

    [TestCase("WOS:000317623000007", "WOS:000317623000007")]
    [TestCase("ISI:000086967200001", "WOS:000086967200001")]
    [TestCase("000086967200001", "WOS:000086967200001")]
    [TestCase("WOS:A1979GV55600001", "WOS:A1979GV55600001")]
    [TestCase("MEDLINE:23460466", "MEDLINE:23460466")]
    [TestCase("see the abstract", null)]
    public void AccessionNumber_Forms(string ut, string? expected) =>
        Assert.That(WosRecordMapper.AccessionNumber(ut), Is.EqualTo(expected));

    [TestCase("English", "en")]
    [TestCase("Chinese", "zh")]
    [TestCase("Turkish", "tr")]
    [TestCase("Unspecified", null)]
    public void LanguageCode(string name, string? code) => Assert.That(Ingestion.Normalization.LanguageCodes.ToIso6391(name), Is.EqualTo(code));
}
