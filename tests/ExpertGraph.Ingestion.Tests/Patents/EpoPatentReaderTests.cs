using System.Text;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Ingestion.Normalization;
using ExpertGraph.Ingestion.Patents;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Ingestion.Tests.Papers;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Patents;

/// <summary>
/// Every real EPO publication under records/epo-ep-publication-xml (34 applications, 33 grants, DTD 1.0–1.5.1,
/// 1978–2023); expected values read off the raw files with grep.
/// </summary>
[TestFixture]
public sealed class EpoPatentReaderTests
{
    private const string Folder = "records/epo-ep-publication-xml";

    private static IEnumerable<string> EpoFiles()
    {
        if (SharedData.RootOrNull is not { } root) return [Folder];
        return Directory.EnumerateFiles(Path.Combine(root, Folder), "*.xml", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
    }

    private static List<ReadResult> Read(string relative)
    {
        var path = SharedData.Path(relative.StartsWith("records/", StringComparison.Ordinal) ? relative : Folder + "/" + relative);
        return RecordFiles.ReadAll(new EpoPatentReader(), path);
    }

    private static Work Single(string relative)
    {
        var results = Read(relative);
        Assert.That(results, Has.Count.EqualTo(1));
        Assert.That(results[0].Outcome, Is.EqualTo(ReadOutcome.Record), results[0].ToString);
        return results[0].Work!;
    }

    [TestCaseSource(nameof(EpoFiles))]
    public void Read_EveryEpoFile_YieldsOneDocumentWithKeyTitleAndYear(string relative)
    {
        var results = Read(relative);

        Assert.That(results, Has.Count.EqualTo(1));
        Assert.That(results[0].Position, Is.EqualTo(new RecordPosition(1, 1, 0)));
        if (relative.EndsWith("/v1-5-1-A1-2.xml", StringComparison.Ordinal))
        {
            Assert.That(results[0].Outcome, Is.EqualTo(ReadOutcome.Rejected));
            return;
        }

        var work = results[0].Work!;
        var kind = Path.GetFileNameWithoutExtension(relative).Split('-').First(part => part is ['A' or 'B', _]);
        Assert.That(work.Key.Source, Is.EqualTo("epo"));
        Assert.That(work.Key.Id, Does.Match("^EP[0-9]{7}" + kind + "$"));
        Assert.That(work.Kind, Is.EqualTo(WorkKind.Patent));
        Assert.That(work.Title, Is.Not.Empty);
        Assert.That(work.Language, Is.EqualTo("en"));
        Assert.That(work.Year, Is.InRange(1978, 2023));
        Assert.That(work.Identifiers.Select(i => i.Scheme), Is.EqualTo(new[] { IdentifierScheme.PatentNumber, IdentifierScheme.ApplicationNumber }));
        Assert.That(work.Identifiers[1].Value, Does.Match("^EP[0-9]{8}$"));
        Assert.That(work.Authors, Is.Not.Empty);
        Assert.That(work.Authors.Select(a => a.Role), Is.All.EqualTo(AuthorRole.Inventor));
        Assert.That(work.Classifications.Where(c => c.Scheme == "IPC"), Is.Not.Empty);
        Assert.That(work.Classifications.Select(c => c.Code), Is.All.Match("^[A-HY][0-9]{2}[A-Z] [1-9][0-9]*/[0-9]+$"));
    }

    [Test]
    public void Read_AllFiles_SixtySixWorksAndOneMalformedDocument()
    {
        var results = EpoFiles().SelectMany(Read).ToList();

        Assert.That(results, Has.Count.EqualTo(67));
        Assert.That(results.Count(r => r.Outcome == ReadOutcome.Record), Is.EqualTo(66));
        // v-1-5-1-A1.xml and v1-5-1-A1.xml are the same file (md5sum): one key twice.
        Assert.That(results.Where(r => r.Work is not null).Select(r => r.Work!.Key).Distinct().Count(), Is.EqualTo(65));
        // Grants have no abstract; of the 23 applications with one, the English ones are kept.
        Assert.That(results.Where(r => r.Work?.Key.Id.Contains('B', StringComparison.Ordinal) == true).Select(r => r.Work!.Abstract), Is.All.Null);
    }

    [Test]
    public void Read_ApplicationOf1978_Dtd11PrettyPrintedWithoutDoctype()
    {
        // v1-1-A1.xml: B110 0000002, B130 A1, B140 19781220, B210 78100007.0, B516 2, B511 "2C 07D 307/12 A",
        // B512 "2C 07D 407/12 B", "2C 07D 307/42 B", B513 "2A 01N 43/08 -"; the abstract is German only.
        var work = Single("application/v1-1-A1.xml");

        Assert.That(work.Key, Is.EqualTo(new SourceKey("epo", "EP0000002A1")));
        Assert.That(work.Year, Is.EqualTo(1978));
        Assert.That(work.Title, Is.EqualTo("Tetrahydrofurane derivatives, processes for their preparation and their use as herbicides"));
        Assert.That(work.Language, Is.EqualTo("en"));
        Assert.That(work.Abstract, Is.Null);
        Assert.That(work.Identifiers, Is.EqualTo(new[]
        {
            new WorkIdentifier(IdentifierScheme.PatentNumber, "EP0000002A1"),
            new WorkIdentifier(IdentifierScheme.ApplicationNumber, "EP78100007"),
        }));
        Assert.That(work.Classifications.Select(c => (c.Scheme, c.Code)), Is.EqualTo(new[]
        {
            ("IPC", "C07D 307/12"), ("IPC", "C07D 407/12"), ("IPC", "C07D 307/42"), ("IPC", "A01N 43/08"),
        }));
    }

    [Test]
    public void Read_ApplicationOf1978_TitlesAreDroppedFromInventorNames()
    {
        // B721 snm "Schmidt, Thomas, Dr.", "Draber, Wilfried, Dr.", "Eue, Ludwig, Dr.", "Schmidt, Robert Rudolf, Dr.";
        // B711 BAYER AG, 51368 Leverkusen, DE.
        var work = Single("application/v1-1-A1.xml");

        Assert.That(work.Authors.Select(a => a.RawName), Is.EqualTo(new[] { "Thomas Schmidt", "Wilfried Draber", "Ludwig Eue", "Robert Rudolf Schmidt" }));
        Assert.That(work.Authors.Select(a => a.Position), Is.EqualTo(new[] { 1, 2, 3, 4 }));
        Assert.That(work.Authors[3].Name, Is.EqualTo(new PersonName("Schmidt", "Robert Rudolf", NameScript.Latin)));
        Assert.That(work.Authors[0].Affiliations.Single(), Is.EqualTo(new AffiliationMention("D-5600 Wuppertal 1, DE")
        {
            City = "D-5600 Wuppertal 1",
            CountryCode = "DE",
        }));
        Assert.That(work.Organizations, Is.EqualTo(new[]
        {
            new AffiliationMention("BAYER AG, 51368 Leverkusen, DE") { Organization = "BAYER AG", City = "51368 Leverkusen", CountryCode = "DE" },
        }));
    }

    [Test]
    public void Read_Dtd10Application_EditionSevenIpcAndPrivateApplicant()
    {
        // v1-0-A1-1.xml: B511 " 7A 01B  45/00   A"; B711 and B721 are both "Cuadrado, Jean-Claude", 66180 Villeneuve
        // de la Raho, FR: a private applicant, who is the inventor and no organization. B741 (representative) is not read.
        var work = Single("application/v1-0-A1-1.xml");

        Assert.That(work.Key.Id, Is.EqualTo("EP1605745A1"));
        Assert.That(work.Title, Is.EqualTo("DEVICE FOR FILLING CARROTING HOLES IN A LAWN"));
        Assert.That(work.Year, Is.EqualTo(2005));
        Assert.That(work.Identifiers[1].Value, Is.EqualTo("EP04715346"));
        Assert.That(work.Classifications, Is.EqualTo(new[] { new ClassificationCode("IPC", "A01B 45/00") }));
        Assert.That(work.Authors.Single().RawName, Is.EqualTo("Jean-Claude Cuadrado"));
        Assert.That(work.Authors.Single().Affiliations.Single().RawText, Is.EqualTo("66180 Villeneuve de la Raho, FR"));
        Assert.That(work.Organizations, Is.Empty);
        Assert.That(work.Authors.Select(a => a.RawName), Has.None.Contains("Gosse"));
    }

    [Test]
    public void Read_Dtd151Application_IpcrAndCpcTextWithAbstract()
    {
        // v1-5-1-A1-1.xml: classification-ipcr "A01B  71/02        20060101AFI20210723BHEP", ...; classification-cpc
        // "B60K  17/28        20130101 LA...", "F16D2500/10437     20130101 LA...".
        var work = Single("application/v1-5-1-A1-1.xml");

        Assert.That(work.Key.Id, Is.EqualTo("EP4090146A1"));
        Assert.That(work.Classifications.Where(c => c.Scheme == "IPC").Select(c => c.Code), Is.EqualTo(new[] { "A01B 71/02", "B60K 28/04", "B60K 25/06" }));
        Assert.That(work.Classifications.Where(c => c.Scheme == "CPC").Select(c => c.Code), Is.EqualTo(new[]
        {
            "B60K 17/28", "B60W 30/1888", "F16D 48/06", "F16D 2500/10437", "F16D 2300/18", "F16D 2500/3026", "B60W 10/30",
            "B60W 2420/42", "B60W 2420/50",
        }));
        Assert.That(work.Authors.Select(a => a.RawName), Is.EqualTo(new[]
        {
            "Christopher Travis WHITNEY", "Rama Venkata Surya Kumar VARMA BHUPATIRAJU", "Mizbauddin MOHAMMED", "Bhargav Ramakrishna REDDY",
        }));
        Assert.That(work.Authors[1].Name, Is.EqualTo(new PersonName("VARMA BHUPATIRAJU", "Rama Venkata Surya Kumar", NameScript.Latin)));
        Assert.That(work.Organizations.Single().Organization, Is.EqualTo("Zimeno, Inc. DBA Monarch Tractor"));
        Assert.That(work.Organizations.Single().CountryCode, Is.EqualTo("US"));
    }

    [Test]
    public void Read_EnglishAbstract_IsKeptAsPlainText()
    {
        // v1-5-1-A1.xml: <abstract id="abst" lang="en"><p id="pa01" num="0001">The purpose of the present invention is
        // to provide a compound having PIM inhibitory activity.</p><p ...>Examples of ...
        var work = Single("application/v1-5-1-A1.xml");

        Assert.That(work.Abstract, Does.StartWith("The purpose of the present invention is to provide a compound having PIM inhibitory activity. Examples of the present invention"));
    }

    [Test]
    public void Read_GermanApplication_EnglishTitleAndNoGermanAbstract()
    {
        // v1-4-A2.xml (lang="de"): B541 de "Verfahren zum Betreiben einer Akku-Handlampe", en "Method for operating a
        // battery powered torch", fr ...; its only abstract is lang="de".
        var work = Single("application/v1-4-A2.xml");

        Assert.That(work.Title, Is.EqualTo("Method for operating a battery powered torch"));
        Assert.That(work.Language, Is.EqualTo("en"));
        Assert.That(work.Abstract, Is.Null);
        Assert.That(work.Authors.Select(a => a.RawName), Is.EqualTo(new[] { "Jochen Gräber", "Mattias Diebold", "Roland Frantz" }));
    }

    [Test]
    public void Read_JapaneseNamesWithoutComma_AreLeftToTheNameParser()
    {
        // v1-5-1-A1.xml: B721 snm "KAMITANI Hirotaka", "ZAIMOKU Hisaaki", ... (the 2020s form, family name first).
        var work = Single("application/v1-5-1-A1.xml");
        var normalized = new WorkNormalizer(new CountryResolver()).Normalize(work, out _)!;

        Assert.That(work.Authors[0].RawName, Is.EqualTo("KAMITANI Hirotaka"));
        Assert.That(work.Authors[0].Name, Is.Null);
        Assert.That(normalized.Authors[0].Name, Is.EqualTo(new PersonName("KAMITANI", "Hirotaka", NameScript.Latin)));
        Assert.That(work.Organizations.Single().Organization, Is.EqualTo("Nippon Shinyaku Co., Ltd."));
    }

    [Test]
    public void Read_EmployerInTheInventorName_BecomesTheInventorsOrganization()
    {
        // v1-3-A1-1.xml: B721 snm "KOUNO, Kazunori, c/o Matsushita Elec. Industrial Co., Ltd.", city "1-3-7 Shiromi,
        // Chuo-ku, Osaka 540-6319", ctry JP.
        var inventor = Single("application/v1-3-A1-1.xml").Authors[0];

        Assert.That(inventor.RawName, Is.EqualTo("Kazunori KOUNO"));
        Assert.That(inventor.Name, Is.EqualTo(new PersonName("KOUNO", "Kazunori", NameScript.Latin)));
        Assert.That(inventor.Affiliations.Single(), Is.EqualTo(new AffiliationMention("Matsushita Elec. Industrial Co., Ltd., 1-3-7 Shiromi, Chuo-ku, Osaka 540-6319, JP")
        {
            Organization = "Matsushita Elec. Industrial Co., Ltd.",
            City = "1-3-7 Shiromi, Chuo-ku, Osaka 540-6319",
            CountryCode = "JP",
        }));
    }

    [Test]
    public void Read_Dtd10Grant_EmployerWithoutSeparatorIsFoundThroughTheProprietor()
    {
        // v1-0-B2-1.xml: B721 snm "KUMADA, Yoshio Taiho Kogyo Co., Ltd.", B731 snm "TAIHO KOGYO CO., LTD.".
        var work = Single("grant/v1-0-B2-1.xml");

        Assert.That(work.Key.Id, Is.EqualTo("EP0716240B2"));
        Assert.That(work.Authors[0].Name, Is.EqualTo(new PersonName("KUMADA", "Yoshio", NameScript.Latin)));
        Assert.That(work.Authors[0].Affiliations.Single().Organization, Is.EqualTo("Taiho Kogyo Co., Ltd."));
        Assert.That(work.Organizations.Single().Organization, Is.EqualTo("TAIHO KOGYO CO., LTD."));
    }

    [Test]
    public void Read_Dtd13Grant_ProprietorIsTheOrganization()
    {
        // v1-3-B1-1.xml: B110 0791067, B130 B1, B140 20081217, B210 95937855.5; B731 snm "MAX-PLANCK-GESELLSCHAFT ZUR
        // FÖRDERUNG DER WISSENSCHAFTEN E.V.", city "14195 Berlin", ctry DE; four inventors in Hamburg.
        var work = Single("grant/v1-3-B1-1.xml");

        Assert.That(work.Key, Is.EqualTo(new SourceKey("epo", "EP0791067B1")));
        Assert.That(work.Year, Is.EqualTo(2008));
        Assert.That(work.Title, Is.EqualTo("PROTEIN KINASE NPK-110"));
        Assert.That(work.Abstract, Is.Null);
        Assert.That(work.Identifiers[1].Value, Is.EqualTo("EP95937855"));
        Assert.That(work.Authors.Select(a => a.RawName), Is.EqualTo(new[] { "Eckhard MANDELKOW", "Eva-Maria MANDELKOW", "Jacek BIERNAT", "Gerard DREWES" }));
        Assert.That(work.Organizations, Is.EqualTo(new[]
        {
            new AffiliationMention("MAX-PLANCK-GESELLSCHAFT ZUR FÖRDERUNG DER WISSENSCHAFTEN E.V., 14195 Berlin, DE")
            {
                Organization = "MAX-PLANCK-GESELLSCHAFT ZUR FÖRDERUNG DER WISSENSCHAFTEN E.V.", City = "14195 Berlin", CountryCode = "DE",
            },
        }));
    }

    [Test]
    public void Read_OldIpcrTextAndBareAmpersands_AreRead()
    {
        // v1-4-A1-1.xml (indented, no DOCTYPE): classification-ipcr text "B05B 7/ 00 A I", ...; the representative's
        // address has a bare '&' ("Dummett Copp & Co."), which the sanitizer escapes.
        var work = Single("application/v1-4-A1-1.xml");

        Assert.That(work.Key.Id, Is.EqualTo("EP0560858A1"));
        Assert.That(work.Classifications.Select(c => c.Code), Is.EqualTo(new[] { "B05B 7/00", "B05B 1/00", "B05B 1/10", "B05B 7/02", "B05B 11/00" }));
    }

    [Test]
    public void Read_UnescapedLessThanInTheDescription_RejectsTheDocumentWithItsLine()
    {
        // v1-5-1-A1-2.xml line 308: <heading id="h0011"><First Embodiment</heading> (expat: not well-formed, line 308).
        var result = Read("application/v1-5-1-A1-2.xml").Single();

        Assert.That(result.Outcome, Is.EqualTo(ReadOutcome.Rejected));
        Assert.That(result.Reason, Does.Contain("line 308"));
        Assert.That(result.RawText, Does.Contain("<B110>3889521</B110>"));
    }

    [Test]
    public void Read_ApplicationAndGrantOfOnePatent_AreDistinctWorks()
    {
        // The same document with kind A1 and B1: one number, two keys.
        var application = File.ReadAllText(SharedData.Path(Folder + "/application/v1-0-A1-1.xml"));
        var grant = application.Replace("kind=\"A1\"", "kind=\"B1\"", StringComparison.Ordinal)
            .Replace("<B130>A1</B130>", "<B130>B1</B130>", StringComparison.Ordinal);

        var keys = new[] { application, grant }.Select(text => ReadText(text).Single().Work!.Key.Id);

        Assert.That(keys, Is.EqualTo(new[] { "EP1605745A1", "EP1605745B1" }));
    }

    [Test]
    public void Read_UndeclaredEntityAndShortNumber_AreHandled()
    {
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE ep-patent-document PUBLIC "-//EPO//EP PATENT DOCUMENT 1.5.1//EN" "ep-patent-document-v1-5-1.dtd">
            <ep-patent-document id="EP1A1" lang="en" country="EP" doc-number="1" kind="A1" date-publ="19781220">
            <SDOBI lang="en"><B500><B540><B541>en</B541><B542>M&uuml;ller&apos;s device</B542></B540></B500>
            <B700><B720><B721><snm>M&uuml;ller, Hans</snm><adr><city>Berlin</city><ctry>DE</ctry></adr></B721></B720></B700></SDOBI>
            </ep-patent-document>
            """;

        var work = ReadText(xml).Single().Work!;

        Assert.That(work.Key.Id, Is.EqualTo("EP0000001A1"));
        Assert.That(work.Year, Is.EqualTo(1978));
        Assert.That(work.Title, Is.EqualTo("Müller's device"));
        Assert.That(work.Authors.Single().Name, Is.EqualTo(new PersonName("Müller", "Hans", NameScript.Latin)));
        Assert.That(work.Identifiers, Has.Count.EqualTo(1));
    }

    [Test]
    public void Read_DocumentWithoutTitle_IsRejected()
    {
        var results = ReadText("""<ep-patent-document doc-number="0000003" kind="A1"><SDOBI/></ep-patent-document>""");

        Assert.That(results.Single().Outcome, Is.EqualTo(ReadOutcome.Rejected));
        Assert.That(results.Single().Reason, Is.EqualTo("missing title"));
    }

    [TestCaseSource(nameof(EpoFiles))]
    public void CanRead_EpoFile_IsTrue(string relative)
    {
        var path = SharedData.Path(relative);

        Assert.That(new EpoPatentReader().CanRead(RecordFiles.Head(path), path), Is.True);
    }

    [Test]
    public void CanRead_EveryUsptoFile_IsFalse()
    {
        var files = UsptoTestFiles.All().Select(SharedData.Path).ToList();

        Assert.That(files, Has.Count.GreaterThan(30));
        Assert.That(files.Where(path => new EpoPatentReader().CanRead(RecordFiles.Head(path), path)), Is.Empty);
    }

    [Test]
    public void CanRead_EveryOtherRecordsFile_IsFalse()
    {
        var records = SharedData.Path("records");
        var claimed = Directory.EnumerateFiles(records, "*", SearchOption.AllDirectories)
            .Where(path => !path.Contains("epo-ep-publication-xml", StringComparison.Ordinal))
            .Where(path => new EpoPatentReader().CanRead(RecordFiles.Head(path), path))
            .ToList();

        Assert.That(claimed, Is.Empty);
    }

    [Test]
    public void RecordReaders_DetectEpoFilesAsEpo()
    {
        var detector = new FormatDetector(RecordReaders.CreateDefault());

        Assert.That(EpoFiles().Select(relative => detector.Detect(SharedData.Path(relative)).FormatName), Is.All.EqualTo("epo-xml"));
    }

    [Test]
    public void FormatName_IsEpoXml() =>
        Assert.That(new EpoPatentReader().FormatName, Is.EqualTo("epo-xml"));

    private static List<ReadResult> ReadText(string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return [.. new EpoPatentReader().Read(stream, "test.xml")];
    }
}
