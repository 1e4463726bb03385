using System.Text;
using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Ingestion.WebOfScience;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.WebOfScience;

/// <summary>The tab-delimited reader on ScientoPy's real WoS export (query "Bluetooth low energy", values read off the files).</summary>
public sealed class WosTabReaderTests
{
    private const string First = WosFiles.TabFolder + "wos_2026_04_02_1000.txt";
    private readonly WosTabReader _reader = new();

    // Counted with python3 (lines split on "\r\n" minus the header, every row 71 tab-separated fields): 1,000 × 4 + 71 =
    // 4,071, as SOURCE.txt says; the UTs are distinct.
    [TestCase("wos_2026_04_02_1000.txt", 1000)]
    [TestCase("wos_2026_04_02_2000.txt", 1000)]
    [TestCase("wos_2026_04_02_3000.txt", 1000)]
    [TestCase("wos_2026_04_02_4000.txt", 1000)]
    [TestCase("wos_2026_04_02_4071.txt", 71)]
    public void Read_TabFile_OneRecordPerLineAfterTheHeader(string file, int expected)
    {
        var results = WosFiles.Read(_reader, WosFiles.TabFolder + file);

        Assert.That(results.Where(r => r.Outcome != ReadOutcome.Record), Is.Empty);
        Assert.That(results, Has.Count.EqualTo(expected));
        Assert.That(results.Select(r => r.Position.Line), Is.EqualTo(Enumerable.Range(2, expected).Select(n => (long?)n)));
    }

    [Test]
    public void Read_AllTabFiles_4071DistinctRecords()
    {
        var works = WosFiles.Tab.SelectMany(file => WosFiles.Read(_reader, file)).Select(r => r.Work!).ToList();

        Assert.That(works, Has.Count.EqualTo(4071));
        Assert.That(works.Select(w => w.Key).Distinct().Count(), Is.EqualTo(4071));
        Assert.That(works.Select(w => w.Key.Id), Is.All.StartsWith("WOS:"));
    }

    [TestCaseSource(typeof(WosFiles), nameof(WosFiles.Tab))]
    public void CanRead_TabExport_IsTrue(string relativePath)
    {
        var path = SharedData.Path(relativePath);

        Assert.That(_reader.CanRead(WosFiles.Head(path), Path.GetFileName(path)), Is.True);
    }

    [Test]
    public void CanRead_SearchCriteriaBesideTheExport_IsFalseForEveryReader()
    {
        // searchCriteria.txt is ScientoPy's one-line note of the query ("Bluetooth low energy", downloaded in 2026.04.02), not records.
        var path = SharedData.Path(WosFiles.TabFolder + "searchCriteria.txt");

        Assert.That(RecordReaders.CreateDefault().Where(r => r.CanRead(WosFiles.Head(path), "searchCriteria.txt")), Is.Empty);
    }

    [Test]
    public void Read_FirstRecord_MapsEveryField()
    {
        var result = WosFiles.Read(_reader, First)[0];

        // The header line is 217 bytes with its BOM and CRLF.
        Assert.That(result.Position, Is.EqualTo(new RecordPosition(1, 2, 217)));
        var work = result.Work!;
        Assert.Multiple(() =>
        {
            Assert.That(work.Key, Is.EqualTo(new SourceKey("wos", "WOS:001395617300004")));
            Assert.That(work.Kind, Is.EqualTo(WorkKind.Paper));
            Assert.That(work.Title, Is.EqualTo("Accurate Indoor Localization for Bluetooth Low Energy Backscatter"));
            Assert.That(work.Abstract, Does.StartWith("With wide deployments of bluetooth low energy (BLE) infrastructures"));
            Assert.That(work.Year, Is.EqualTo(2025));
            Assert.That(work.Venue, Is.EqualTo("IEEE INTERNET OF THINGS JOURNAL"));
            Assert.That(work.Language, Is.EqualTo("en"));
            Assert.That(work.CitationCount, Is.EqualTo(10));
            Assert.That(work.Identifiers, Is.EqualTo(new[] { new WorkIdentifier(IdentifierScheme.Doi, "10.1109/jiot.2024.3468428") }));
            Assert.That(work.Keywords, Is.EqualTo(new[]
            {
                "Backscatter", "Location awareness", "Symbols", "Receivers", "Phase modulation", "Accuracy", "Internet of Things",
                "bluetooth low energy (BLE)", "indoor localization",
            }));
            Assert.That(work.Classifications, Is.EqualTo(new[]
            {
                new ClassificationCode("WoS", "Computer Science, Information Systems"),
                new ClassificationCode("WoS", "Engineering, Electrical & Electronic"),
                new ClassificationCode("WoS", "Telecommunications"),
                new ClassificationCode("WoSResearchArea", "Computer Science"),
                new ClassificationCode("WoSResearchArea", "Engineering"),
                new ClassificationCode("WoSResearchArea", "Telecommunications"),
                new ClassificationCode("Funder", "ZTE Industry-University-Institute Cooperation Funds", "IA20230720009"),
                new ClassificationCode("Funder", "Fundamental Research Funds for the Central Universities"),
                new ClassificationCode("Funder", "National Natural Science Foundation of China", "62071194, 62471194, 62302185"),
                new ClassificationCode("Funder", "China Postdoctoral Science Foundation", "2023M731196, 2024T170305"),
            }));
        });

        const string hust = "Huazhong Univ Sci & Technol, Sch Elect Informat & Commun, Wuhan 430074, Peoples R China";
        const string zte = "ZTE Corp, Algorithm Dept, Shenzhen 518057, Peoples R China";
        Assert.That(work.Authors.Select(a => (a.Position, a.RawName, a.Affiliations.Single().RawText)), Is.EqualTo(new[]
        {
            (1, "Luo, Zhiqing", hust), (2, "Li, Weiming", hust), (3, "Wu, Yijie", hust), (4, "Dong, Huixin", hust), (5, "Bian, Luanjian", zte), (6, "Wang, Wei", hust),
        }));
        // EM: zhiqing_luo, lwming, yijiewu, huixin, bian.lanjian, weiwangw. "lwming", "weiwangw" and "bian.lanjian" (Luanjian) spell no name exactly.
        Assert.That(work.Authors.Select(a => a.Email), Is.EqualTo(new[] { "zhiqing_luo@hust.edu.cn", null, "yijiewu@hust.edu.cn", "huixin@hust.edu.cn", null, null }));
        // RI "li/F-2833-2014" has a family name only: not enough to give a hard id to Li, Weiming.
        Assert.That(work.Authors.Select(a => a.SourceAuthorId), Is.All.Null);
    }

    [Test]
    public void Read_Record3_OrcidsAndResearcherIdsByNameDespiteSpellingAndOrder()
    {
        // RI "; Lozano, Miguel Angel/F-1258-2017; Gallego, Antonio Javier/AAE-3627-2019" (empty first entry);
        // OI "Ferrero López, Alberto/0009-0009-2071-7192; …" where AF writes "Ferrero-Lopez, Alberto".
        var work = WosFiles.Read(_reader, First)[2].Work!;

        Assert.That(work.Key.Id, Is.EqualTo("WOS:001447800800001"));
        Assert.That(work.Authors.Select(a => (a.Name!.Family, a.Name.Given)), Is.EqualTo(new[]
        {
            ("Ferrero-Lopez", "Alberto"), ("Gallego", "Antonio Javier"), ("Lozano", "Miguel Angel"),
        }));
        Assert.That(work.Authors.Select(a => (a.RawName, a.Orcid, a.SourceAuthorId)), Is.EqualTo(new (string, string?, string?)[]
        {
            ("Ferrero-Lopez, Alberto", "0009-0009-2071-7192", null),
            ("Gallego, Antonio Javier", "0000-0003-3148-6886", "AAE-3627-2019"),
            ("Lozano, Miguel Angel", "0000-0002-4757-5587", "F-1258-2017"),
        }));
        // EM: afl13, jgallego (Javier is his second given name), malozano (initials + family).
        Assert.That(work.Authors.Select(a => a.Email), Is.EqualTo(new[] { null, null, "malozano@ua.es" }));
    }

    [Test]
    public void Read_Record4_IdsOfAuthorsWhoseProfilesDropAMiddleInitial()
    {
        // OI "Leitch, Samuel/…", "Lazaridis, Pavlos/…" for AF "Leitch, Samuel G.", "Lazaridis, Pavlos I.".
        var work = WosFiles.Read(_reader, First)[3].Work!;

        Assert.That(work.Key.Id, Is.EqualTo("WOS:001418812500011"));
        Assert.That(work.Authors.Select(a => (a.RawName, a.Orcid, a.SourceAuthorId)), Is.EqualTo(new (string, string?, string?)[]
        {
            ("Leitch, Samuel G.", "0009-0006-0575-0945", null),
            ("Ahmed, Qasim Zeeshan", "0000-0002-3957-5341", "AAW-6237-2020"),
            ("Van Herbruggen, Ben", null, null),
            ("Baert, Mathias", null, null),
            ("Fontaine, Jaron", "0000-0001-5942-9440", "HPD-4427-2023"),
            ("De Poorter, Eli", null, "JRX-1676-2023"),
            ("Shahid, Adnan", "0000-0003-1943-6261", "LOU-1579-2024"),
            ("Lazaridis, Pavlos I.", "0000-0001-5091-2567", "I-7809-2019"),
        }));
        Assert.That(work.Authors[1].Email, Is.EqualTo("q.ahmed@hud.ac.uk"));
        // Two bracketed address groups: Huddersfield (authors 1, 2, 8) and Ghent (3–7).
        Assert.That(work.Authors.Select(a => a.Affiliations.Single().Organization), Is.EqualTo(new[]
        {
            "Univ Huddersfield", "Univ Huddersfield", "Univ Ghent", "Univ Ghent", "Univ Ghent", "Univ Ghent", "Univ Ghent", "Univ Huddersfield",
        }));
    }

    [Test]
    public void Read_Record143_AnAddressWithoutAuthorListBesideLinkedOnesIsTheWorks()
    {
        // C1 "[Park, Eunjeong] Seoul Natl Univ, Dept Elect & Comp Engn, Seoul, South Korea; Seoul Natl Univ, INMC, Seoul, South Korea".
        var work = WosFiles.Read(_reader, First)[142].Work!;

        Assert.That(work.Key.Id, Is.EqualTo("WOS:000552238603029"));
        Assert.That(work.Authors[0].Affiliations.Single().RawText, Is.EqualTo("Seoul Natl Univ, Dept Elect & Comp Engn, Seoul, South Korea"));
        Assert.That(work.Authors.Skip(1).SelectMany(a => a.Affiliations), Is.Empty);
        Assert.That(work.Organizations.Single().RawText, Is.EqualTo("Seoul Natl Univ, INMC, Seoul, South Korea"));
        // "mslee" is Lee, Myung-Sup's initials and family name; "sbahk" Bahk, Saewoong's.
        Assert.That(work.Authors.Select(a => a.Email), Is.EqualTo(new[] { null, "mslee@netlab.snu.ac.kr", "sbahk@snu.ac.kr" }));
    }

    [Test]
    public void Read_Record259_TheOnlyAuthorGetsTheOnlyAddress()
    {
        // Basalamah, Anas, EM ambasalamah@uqu.edu.sa: no spelling rule fits, but a one-author record leaves no doubt.
        var work = WosFiles.Read(_reader, First)[258].Work!;

        Assert.That(work.Key.Id, Is.EqualTo("WOS:000382777400025"));
        Assert.That(work.Authors.Single().Email, Is.EqualTo("ambasalamah@uqu.edu.sa"));
    }

    [Test]
    public void Read_AllTabFiles_HardIdsCoverage()
    {
        var authors = WosFiles.Tab.SelectMany(file => WosFiles.Read(_reader, file)).SelectMany(r => r.Work!.Authors).ToList();

        // 17,624 authors; OI has 5,790 non-empty entries and RI 5,839, some naming no author of the record
        // or not only one: 5,274 ORCIDs and 5,263 ResearcherIDs find their one author. 7,365 of EM's 11,309 addresses spell one author's name
        // (or are the only address of a single-author record).
        Assert.That(authors, Has.Count.EqualTo(17624));
        Assert.That(authors.Count(a => a.Orcid is not null), Is.EqualTo(5274));
        Assert.That(authors.Count(a => a.SourceAuthorId is not null), Is.EqualTo(5263));
        Assert.That(authors.Count(a => a.Email is not null), Is.EqualTo(7365));
        Assert.That(authors.Count(a => a.Affiliations.Count > 0), Is.EqualTo(17449));
    }

    [Test]
    public void Read_RowMissingAField_IsQuarantinedWithItsLine()
    {
        var lines = File.ReadAllText(SharedData.Path(WosFiles.TabFolder + "wos_2026_04_02_4071.txt")).Split("\r\n");
        // Line 3 (record 2): drop its first field (PT).
        lines[2] = lines[2][(lines[2].IndexOf('\t', StringComparison.Ordinal) + 1)..];

        var results = WosFiles.Read(_reader, Encoding.UTF8.GetBytes(string.Join("\r\n", lines)));

        var rejected = results.Single(r => r.Outcome == ReadOutcome.Rejected);
        Assert.That(rejected.Position.RecordNumber, Is.EqualTo(2));
        Assert.That(rejected.Position.Line, Is.EqualTo(3));
        Assert.That(rejected.Reason, Is.EqualTo("expected 71 tab-separated fields, found 70"));
        Assert.That(results.Count(r => r.Outcome == ReadOutcome.Record), Is.EqualTo(70));
    }

    [Test]
    public void Read_RowWithInvalidUtf8_IsQuarantinedAndTheNextRowRead()
    {
        var bytes = File.ReadAllBytes(SharedData.Path(WosFiles.TabFolder + "wos_2026_04_02_4071.txt"));
        // Break the first byte of record 5's line (line 6).
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
            if (bytes[i] == (byte)'\n') lineStarts.Add(i + 1);
        bytes[lineStarts[5] + 10] = 0xFF;

        var results = WosFiles.Read(_reader, bytes);

        var rejected = results.Single(r => r.Outcome == ReadOutcome.Rejected);
        Assert.That(rejected.Position, Is.EqualTo(new RecordPosition(5, 6, lineStarts[5])));
        Assert.That(rejected.Reason, Is.EqualTo("invalid UTF-8 on line 6"));
        Assert.That(rejected.RawText, Does.Contain("\uFFFD"));
        Assert.That(results[5].Work!.Key.Id, Is.Not.Empty);
        Assert.That(results, Has.Count.EqualTo(71));
    }

    [Test]
    public void Read_RowWithoutUt_IsQuarantined()
    {
        var lines = File.ReadAllText(SharedData.Path(WosFiles.TabFolder + "wos_2026_04_02_4071.txt")).Split("\r\n");
        lines[1] = lines[1][..(lines[1].LastIndexOf('\t') + 1)];

        var results = WosFiles.Read(_reader, Encoding.UTF8.GetBytes(string.Join("\r\n", lines)));

        Assert.That(results[0].Outcome, Is.EqualTo(ReadOutcome.Rejected));
        Assert.That(results[0].Reason, Does.Contain("no UT"));
        Assert.That(results.Skip(1).Select(r => r.Outcome), Is.All.EqualTo(ReadOutcome.Record));
    }
}
