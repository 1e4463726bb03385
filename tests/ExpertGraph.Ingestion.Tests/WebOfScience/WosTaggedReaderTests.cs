using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Ingestion.WebOfScience;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.WebOfScience;

/// <summary>The field-tagged reader on metaknowledge's real WoS exports (values read off the files).</summary>
public sealed class WosTaggedReaderTests
{
    private readonly WosTaggedReader _reader = new();

    // Counted with `grep -c '^ER'` (records) and `grep -c '^UT '`: ManyAuthors 500/500, testFile 34/33 (one record has no UT),
    // badFile 32/32, the small files 1 or 2. Rejected: testFile records 1 (a lost CR tag), 6 ("AUGilles, H") and 8 (no
    // UT); badFile record 1 (the same lost CR tag). metaknowledge itself flags badFile as a whole (it has no EF).
    [TestCase("OnePaper.isi", 1, 0)]
    [TestCase("OnePaper2.isi", 1, 0)]
    [TestCase("OnePaperNoCites.isi", 1, 0)]
    [TestCase("SimplePaper.isi", 1, 0)]
    [TestCase("TwoPaper.isi", 2, 0)]
    [TestCase("ManyAuthors.isi", 500, 0)]
    [TestCase("testFile.isi", 31, 3)]
    [TestCase("badFile.isi", 31, 1)]
    public void Read_MetaknowledgeFile_ReadsEveryRecordBetweenPtAndEr(string file, int read, int rejected)
    {
        var results = WosFiles.Read(_reader, WosFiles.MetaknowledgeTests + file);

        Assert.That(results.Count(r => r.Outcome == ReadOutcome.Record), Is.EqualTo(read));
        Assert.That(results.Count(r => r.Outcome == ReadOutcome.Rejected), Is.EqualTo(rejected));
        Assert.That(results.Select(r => r.Position.RecordNumber), Is.EqualTo(Enumerable.Range(1, read + rejected).Select(n => (long)n)));
        Assert.That(results.Where(r => r.Work is not null).Select(r => r.Work!.Key.Source).Distinct(), Is.EqualTo(new[] { "wos" }));
    }

    // docs/examples/savedrecs.txt: `grep -c '^ER'` and `grep -c '^UT '` both give 32.
    [Test]
    public void Read_SavedRecs_ReadsAll32WithDistinctKeys()
    {
        var works = WosFiles.Read(_reader, WosFiles.SavedRecs).Select(r => r.Work).ToList();

        Assert.That(works, Has.Count.EqualTo(32));
        Assert.That(works, Has.None.Null);
        Assert.That(works.Select(w => w!.Key).Distinct().Count(), Is.EqualTo(32));
    }

    [TestCaseSource(typeof(WosFiles), nameof(WosFiles.Tagged))]
    public void CanRead_TaggedExport_IsTrue(string relativePath)
    {
        var path = SharedData.Path(relativePath);

        Assert.That(_reader.CanRead(WosFiles.Head(path), Path.GetFileName(path)), Is.True);
    }

    [Test]
    public void Read_OnePaper_MapsEveryField()
    {
        var result = WosFiles.Read(_reader, WosFiles.MetaknowledgeTests + "OnePaper.isi").Single();

        // BOM (3 bytes) + "FN Thomson Reuters Web of Science™\n" (37) + "VR 1.0\n" (7): PT J is line 3, byte 47.
        Assert.That(result.Position, Is.EqualTo(new RecordPosition(1, 3, 47)));
        var work = result.Work!;
        Assert.Multiple(() =>
        {
            Assert.That(work.Key, Is.EqualTo(new SourceKey("wos", "WOS:000317623000007")));
            Assert.That(work.Kind, Is.EqualTo(WorkKind.Paper));
            // TI wraps over two lines.
            Assert.That(work.Title, Is.EqualTo("The Motion Behind the Symbols: A Vital Role for Dynamism in the Conceptualization of Limits and Continuity in Expert Mathematics"));
            Assert.That(work.Abstract, Does.StartWith("The canonical history of mathematics suggests").And.EndWith("in both contemporary and historical practice."));
            Assert.That(work.Year, Is.EqualTo(2013));
            Assert.That(work.Venue, Is.EqualTo("TOPICS IN COGNITIVE SCIENCE"));
            Assert.That(work.Language, Is.EqualTo("en"));
            Assert.That(work.CitationCount, Is.EqualTo(4));
            Assert.That(work.Identifiers, Is.EqualTo(new[] { new WorkIdentifier(IdentifierScheme.Doi, "10.1111/tops.12013"), new WorkIdentifier(IdentifierScheme.Pmid, "23460466") }));
            // DE (wrapped after "Cauchy;") then ID; ID's GESTURE repeats DE's Gesture.
            Assert.That(work.Keywords, Is.EqualTo(new[]
            {
                "Mathematical practice", "Metaphor", "Fictive motion", "Gesture", "Cauchy", "Calculus", "Conceptualization",
                "REPRESENTATIONS", "REAL", "TIME",
            }));
            Assert.That(work.Classifications, Is.EqualTo(new[] { new ClassificationCode("WoS", "Psychology, Experimental"), new ClassificationCode("WoSResearchArea", "Psychology") }));
            Assert.That(work.Organizations, Is.Empty);
        });

        Assert.That(work.Authors.Select(a => (a.RawName, a.Position, a.Name!.Family, a.Name.Given)), Is.EqualTo(new[]
        {
            ("Marghetis, Tyler", 1, "Marghetis", "Tyler"), ("Nunez, Rafael", 2, "Nunez", "Rafael"),
        }));
        foreach (var author in work.Authors)
        {
            var affiliation = author.Affiliations.Single();
            Assert.That(affiliation.RawText, Is.EqualTo("Univ Calif San Diego, Dept Cognit Sci, La Jolla, CA 92093 USA"));
            Assert.That(affiliation.Organization, Is.EqualTo("Univ Calif San Diego"));
            Assert.That(affiliation.CountryCode, Is.Null, "countries are the normalizer's");
            Assert.That(author.Role, Is.EqualTo(AuthorRole.Author));
            // EM is tmarghet@cogsci.ucsd.edu: "t" + a cut family name is not a spelling of the name.
            Assert.That(author.Email, Is.Null);
        }
    }

    [Test]
    public void Read_OnePaper2_LinkedAddressesAndFundersWithGrants()
    {
        var work = WosFiles.Read(_reader, WosFiles.MetaknowledgeTests + "OnePaper2.isi").Single().Work!;

        // C1 "[Hu, S. Z.; Li, S. F.] China Univ Geosci, …" and "[Fu, X. W.; Li, Y. J.; Wang, T. D.] Southwest Petr Univ, …".
        Assert.That(work.Authors.Select(a => (a.RawName, a.Affiliations.Single().Organization)), Is.EqualTo(new[]
        {
            ("Hu, S. Z.", "China Univ Geosci"), ("Li, S. F.", "China Univ Geosci"),
            ("Fu, X. W.", "Southwest Petr Univ"), ("Li, Y. J.", "Southwest Petr Univ"), ("Wang, T. D.", "Southwest Petr Univ"),
        }));
        // EM hushzh@cug.edu.cn is Hu's by its family name, but "shzh" is no spelling of "S. Z." this reader trusts.
        Assert.That(work.Authors.Select(a => a.Email), Is.All.Null);
        // FU wraps inside the second funder's name.
        Assert.That(work.Classifications.Where(c => c.Scheme == "Funder"), Is.EqualTo(new[]
        {
            new ClassificationCode("Funder", "\"973\" project of China", "2012CB214804"),
            new ClassificationCode("Funder", "National Natural Science Foundation of China", "41273052, 40902037"),
        }));
    }

    [Test]
    public void Read_TwoPaper_SingleAuthorTakesTheUnlinkedAddress()
    {
        var works = WosFiles.Read(_reader, WosFiles.MetaknowledgeTests + "TwoPaper.isi").Select(r => r.Work!).ToList();

        Assert.That(works.Select(w => w.Key.Id), Is.EqualTo(new[] { "WOS:000086967200001", "WOS:000168001500006" }));
        Assert.That(works.Select(w => w.Year), Is.EqualTo(new int?[] { 2000, 2001 }));
        Assert.That(works.Select(w => w.CitationCount), Is.EqualTo(new int?[] { 1, 0 }));
        foreach (var work in works)
        {
            Assert.That(work.Authors.Single().RawName, Is.EqualTo("Kim, S"));
            Assert.That(work.Authors.Single().Affiliations.Single().RawText, Is.EqualTo("Univ Wisconsin, Dept Philosophy, Madison, WI 53706 USA"));
            Assert.That(work.Organizations, Is.Empty);
        }
    }

    [Test]
    public void Read_SimplePaperWithoutHeader_IsReadAndClaimed()
    {
        var path = SharedData.Path(WosFiles.MetaknowledgeTests + "SimplePaper.isi");

        var work = WosFiles.Read(_reader, WosFiles.MetaknowledgeTests + "SimplePaper.isi").Single().Work!;

        Assert.That(_reader.CanRead(WosFiles.Head(path), "SimplePaper.isi"), Is.True);
        Assert.That(work.Key.Id, Is.EqualTo("WOS:123317623000007"));
        Assert.That(work.Title, Is.EqualTo("Example Paper"));
        Assert.That(work.Authors.Single().RawName, Is.EqualTo("John, Doe"));
        Assert.That(work.Authors.Single().Affiliations.Single().Organization, Is.EqualTo("UW"));
        Assert.That(work.Keywords, Is.EqualTo(new[] { "Example", "testing", "REAL", "TIME" }));
    }

    [Test]
    public void Read_TestFile_QuarantinesItsThreeBrokenRecordsWithTheirLines()
    {
        var results = WosFiles.Read(_reader, WosFiles.MetaknowledgeTests + "testFile.isi");

        var rejected = results.Where(r => r.Outcome == ReadOutcome.Rejected).ToList();
        Assert.That(rejected.Select(r => r.Position), Is.EqualTo(new[]
        {
            new RecordPosition(1, 3, 44),
            new RecordPosition(6, 415, 19624),
            new RecordPosition(8, 534, 24726),
        }));
        Assert.Multiple(() =>
        {
            // Record 1 lost its CR tag: the cited references run on as C1 address lines from line 13.
            Assert.That(rejected[0].Reason, Does.Contain("line 13").And.Contain("Abraham M., 1909, RC CIRC MAT PALERMO"));
            Assert.That(rejected[0].RawText, Does.StartWith("PT J\nAU BREVIK, I\n").And.EndWith("UT WOS:A1979GV55600001\nER"));
            // Record 6's author line lost the space after its tag: "AUGilles, H".
            Assert.That(rejected[1].Reason, Does.Contain("line 416").And.Contain("AUGilles, H"));
            // Record 8 (Pillon et al., 2005) has no UT.
            Assert.That(rejected[2].Reason, Does.Contain("no UT"));
            Assert.That(rejected[2].RawText, Does.Contain("TI Goos-Hanchen and Imbert-Fedorov shifts for leaky guided modes"));
        });
    }

    [Test]
    public void Read_BadFile_QuarantinesTheRecordWithoutCrAndReadsTheRestDespiteTheMissingEf()
    {
        var results = WosFiles.Read(_reader, WosFiles.MetaknowledgeTests + "badFile.isi");

        var rejected = results.Single(r => r.Outcome == ReadOutcome.Rejected);
        Assert.That(rejected.Position, Is.EqualTo(new RecordPosition(1, 3, 44)));
        Assert.That(rejected.Reason, Does.Contain("C1").And.Contain("line 13"));
        // The file ends with the last record's ER and no EF: every record is complete, so all of them are read.
        Assert.That(results[^1].Work!.Key.Id, Is.EqualTo("WOS:A1974S801100007"));
        // "PT B" (a book) where testFile.isi has "PT J" is still a paper.
        Assert.That(results.Where(r => r.Work is not null).Select(r => r.Work!.Kind).Distinct(), Is.EqualTo(new[] { WorkKind.Paper }));
    }

    [Test]
    public void Read_ManyAuthorsRecord54_ResearcherIdsAndOrcidsGoToTheAuthorsTheyName()
    {
        // Haslam, Jetten, Postmes and Haslam (2009): RI wraps inside "Jetten,\n   Jolanda/H-3285-2014".
        var work = WosFiles.Read(_reader, WosFiles.MetaknowledgeTests + "ManyAuthors.isi")[53].Work!;

        Assert.That(work.Title, Does.StartWith("Social Identity, Health and Well-Being"));
        Assert.That(work.Authors.Select(a => (a.RawName, a.SourceAuthorId, a.Orcid)), Is.EqualTo(new (string, string?, string?)[]
        {
            ("Haslam, S. Alexander", null, null),
            ("Jetten, Jolanda", "H-3285-2014", "0000-0002-7588-5355"),
            ("Postmes, Tom", "A-9004-2010", "0000-0002-8029-7398"),
            ("Haslam, Catherine", "M-5903-2013", null),
        }));
        // C1 links three of the four authors; Haslam, Catherine has no address.
        Assert.That(work.Authors.Select(a => a.Affiliations.SingleOrDefault()?.Organization), Is.EqualTo(new[] { "Univ Exeter", "Univ Queensland", "Univ Groningen", null }));
        // EM A.Haslam@exeter.ac.uk spells neither Haslam's name (S. Alexander, Catherine): it stays unattached.
        Assert.That(work.Authors.Select(a => a.Email), Is.All.Null);
    }

    [Test]
    public void Read_ManyAuthorsRecord1_UnlinkedAddressesAreTheWorksAndTheReprintAuthorGetsHis()
    {
        // Roach et al. (2006): seven authors, seven C1 addresses without author lists, RP names Roach at UCSF.
        var work = WosFiles.Read(_reader, WosFiles.MetaknowledgeTests + "ManyAuthors.isi")[0].Work!;

        Assert.That(work.Key.Id, Is.EqualTo("WOS:000238878800002"));
        Assert.That(work.Organizations.Select(o => o.Organization), Is.EqualTo(new[]
        {
            "Univ Calif San Francisco", "Fox Chase Canc Ctr", "Univ Texas", "Eastern Virginia Med Sch", "Harvard Univ", "US FDA", "Univ Michigan",
        }));
        var roach = work.Authors[0];
        Assert.That(roach.RawName, Is.EqualTo("Roach, Mack, III"));
        Assert.That((roach.Name!.Family, roach.Name.Given), Is.EqualTo(("Roach", "Mack")));
        // RP's street address ("1600 Divisadero St,Suite H1031") is not used: the C1 address of the same organization is.
        Assert.That(roach.Affiliations.Single().RawText, Is.EqualTo("Univ Calif San Francisco, Dept Radiat Oncol, San Francisco, CA 94143 USA"));
        Assert.That(roach.Email, Is.EqualTo("roach@radonc17.ucsf.edu"));
        Assert.That(work.Authors.Skip(1).SelectMany(a => a.Affiliations), Is.Empty);
    }

    [Test]
    public void Read_ManyAuthors_HardIdsAreValidAndNeverShared()
    {
        var works = WosFiles.Read(_reader, WosFiles.MetaknowledgeTests + "ManyAuthors.isi").Select(r => r.Work!).ToList();

        var orcids = works.SelectMany(w => w.Authors).Where(a => a.Orcid is not null).ToList();
        var researcherIds = works.SelectMany(w => w.Authors).Where(a => a.SourceAuthorId is not null).ToList();
        Assert.That(orcids, Has.Count.GreaterThan(30));
        Assert.That(researcherIds, Has.Count.GreaterThan(70));
        Assert.That(orcids.Select(a => a.Orcid), Is.All.Match(@"^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$"));
        // Within a work, an id names one author.
        foreach (var work in works)
        {
            Assert.That(work.Authors.Where(a => a.Orcid is not null).Select(a => a.Orcid).Distinct().Count(), Is.EqualTo(work.Authors.Count(a => a.Orcid is not null)));
            Assert.That(work.Authors.Where(a => a.SourceAuthorId is not null).Select(a => a.SourceAuthorId).Distinct().Count(), Is.EqualTo(work.Authors.Count(a => a.SourceAuthorId is not null)));
        }
    }
}
