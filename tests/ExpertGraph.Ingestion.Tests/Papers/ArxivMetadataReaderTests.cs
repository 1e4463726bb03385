using System.Text;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Ingestion.Papers;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Papers;

/// <summary>
/// The arXiv metadata snapshot sample (records/arxiv-metadata-snapshot-sample: 200 lines, ids 0704.0001–0704.0200);
/// expected values read off the raw lines with grep and python3 -c 'import json'.
/// </summary>
[TestFixture]
public sealed class ArxivMetadataReaderTests
{
    private const string Sample = "records/arxiv-metadata-snapshot-sample/arxiv-metadata-oai-snapshot.sample.jsonl";

    private static List<ReadResult>? s_sample;

    private static List<ReadResult> ReadSample() => s_sample ??= RecordFiles.ReadAll(new ArxivMetadataReader(), SharedData.Path(Sample));

    private static Work Work(string id) => ReadSample().Single(r => r.Work?.Key.Id == id).Work!;

    [Test]
    public void Read_Sample_ReadsAllTwoHundredLinesInOrder()
    {
        var results = ReadSample();

        // wc -l: 200 lines, one record each.
        Assert.That(results, Has.Count.EqualTo(200));
        Assert.That(results.Select(r => r.Outcome), Is.All.EqualTo(ReadOutcome.Record));
        Assert.That(results.Select(r => r.Position.RecordNumber), Is.EqualTo(Enumerable.Range(1, 200).Select(n => (long)n)));
        Assert.That(results.Select(r => r.Position.Line), Is.EqualTo(Enumerable.Range(1, 200).Select(n => (long?)n)));
        Assert.That(results.Select(r => r.Work!.Key.Id), Is.EqualTo(Enumerable.Range(1, 200).Select(n => $"0704.{n:0000}")));
        Assert.That(results.Select(r => r.Work!.Key.Source), Is.All.EqualTo("arxiv"));
        Assert.That(results.Select(r => r.Work!.Kind), Is.All.EqualTo(WorkKind.Paper));
        // Every version 1 of the sample was submitted between 31 March and 2 April 2007.
        Assert.That(results.Select(r => r.Work!.Year), Is.All.EqualTo(2007));
    }

    [Test]
    public void Read_Sample_PositionsCarryTheByteOffsetOfTheirLine()
    {
        // head -c of lines 1..24 (python3: sum of their lengths + newlines): line 25 starts at byte 33011.
        var result = ReadSample()[24];

        Assert.That(result.Position, Is.EqualTo(new RecordPosition(25, 25, 33011)));
    }

    [Test]
    public void Read_FirstRecord_MapsIdDoiVenueCategoriesAndCollapsedTitle()
    {
        var work = Work("0704.0001");

        // "title":"Calculation of prompt diphoton production cross sections at Tevatron and\n  LHC energies"
        Assert.That(work.Title, Is.EqualTo("Calculation of prompt diphoton production cross sections at Tevatron and LHC energies"));
        Assert.That(work.Abstract, Does.StartWith("A fully differential calculation in perturbative quantum chromodynamics is presented for the production"));
        Assert.That(work.Abstract, Does.EndWith("can be obtained with judicious selection of events."));
        Assert.That(work.Venue, Is.EqualTo("Phys.Rev.D76:013009,2007"));
        Assert.That(work.Identifiers, Is.EqualTo(new[]
        {
            new WorkIdentifier(IdentifierScheme.ArxivId, "0704.0001"),
            new WorkIdentifier(IdentifierScheme.Doi, "10.1103/physrevd.76.013009"),
        }));
        Assert.That(work.Classifications, Is.EqualTo(new[] { new ClassificationCode("arXiv", "hep-ph") }));
        Assert.That(work.Language, Is.Null);
    }

    [Test]
    public void Read_FirstRecord_AuthorsComeFromAuthorsParsedInOrder()
    {
        // authors_parsed: [["Balázs","C.",""],["Berger","E. L.",""],["Nadolsky","P. M.",""],["Yuan","C. -P.",""]]
        // (the "authors" string writes "C. Bal\'azs").
        var work = Work("0704.0001");

        Assert.That(work.Authors.Select(a => a.RawName), Is.EqualTo(new[] { "C. Balázs", "E. L. Berger", "P. M. Nadolsky", "C. -P. Yuan" }));
        Assert.That(work.Authors.Select(a => a.Position), Is.EqualTo(new[] { 1, 2, 3, 4 }));
        Assert.That(work.Authors.Select(a => a.Role), Is.All.EqualTo(AuthorRole.Author));
        Assert.That(work.Authors[0].Name, Is.EqualTo(new PersonName("Balázs", "C.", NameScript.Latin)));
        Assert.That(work.Authors.SelectMany(a => a.Affiliations), Is.Empty);
    }

    [Test]
    public void Read_RecordWithTwoCategories_KeepsBothCodes()
    {
        // 0704.0002 "categories":"math.CO cs.CG", no doi, no journal-ref.
        var work = Work("0704.0002");

        Assert.That(work.Classifications.Select(c => (c.Scheme, c.Code)), Is.EqualTo(new[] { ("arXiv", "math.CO"), ("arXiv", "cs.CG") }));
        Assert.That(work.Identifiers, Is.EqualTo(new[] { new WorkIdentifier(IdentifierScheme.ArxivId, "0704.0002") }));
        Assert.That(work.Venue, Is.Null);
    }

    [Test]
    public void Read_LatexInTitleAndAbstract_IsKeptAsWritten()
    {
        // 0704.0054: "The Hardy-Lorentz Spaces $H^{p,q}(R^n)$", abstract "...spaces $H^{p,q}(R^n)$, with\n$0<p\\le 1$, ...".
        var work = Work("0704.0054");

        Assert.That(work.Title, Is.EqualTo("The Hardy-Lorentz Spaces $H^{p,q}(R^n)$"));
        Assert.That(work.Abstract, Does.Contain(@"the Hardy-Lorentz spaces $H^{p,q}(R^n)$, with $0<p\le 1$, $0<q\le \infty$. We discuss"));
        Assert.That(work.Venue, Is.EqualTo("Studia Math. 182 (2007) no. 3, 283-294"));
    }

    [Test]
    public void Read_SuffixAndSingleName_AreKeptInTheRawName()
    {
        // 0704.0009: ["Evans","Neal J.","II"]; 0704.0147: ["Sudha","",""] (a mononym) before three named authors.
        var evans = Work("0704.0009").Authors[5];
        var sudha = Work("0704.0147").Authors;

        Assert.That(evans.RawName, Is.EqualTo("Neal J. Evans II"));
        Assert.That(evans.Name, Is.EqualTo(new PersonName("Evans", "Neal J.", NameScript.Latin)));
        Assert.That(sudha.Select(a => a.RawName), Is.EqualTo(new[] { "Sudha", "A. V. Gopala Rao", "A. R. Usha Devi", "A. K. Rajagopal" }));
        Assert.That(sudha[0].Name, Is.EqualTo(new PersonName("Sudha", "", NameScript.Latin)));
    }

    [Test]
    public void Read_ParenthesizedAffiliations_BecomeAffiliationMentions()
    {
        // 0704.0044: "A. A. Schekochihin (Oxford), S. C. Cowley (Culham), ..." → ["Schekochihin","A. A.","","Oxford"], ...
        var authors = Work("0704.0044").Authors;

        Assert.That(authors.Select(a => a.Affiliations.Single().RawText).Take(3), Is.EqualTo(new[] { "Oxford", "Culham", "Maryland" }));
    }

    [Test]
    public void Read_FootnoteNumbersAsAffiliation_AreLookedUpInTheAuthorsString()
    {
        // 0704.0025: "A. S. Mishchenko (1 and 2) and N. Nagaosa (1 and 3) ((1) CREST, Japan\n  Science and Technology
        // Agency, (2) Russian Research Centre ``Kurchatov\n  Institute'', (3) The University of Tokyo)"; authors_parsed
        // gives only "1 and 2" and "1 and 3".
        var authors = Work("0704.0025").Authors;

        Assert.That(authors[0].Affiliations.Select(a => a.RawText), Is.EqualTo(new[]
        {
            "CREST, Japan Science and Technology Agency", "Russian Research Centre ``Kurchatov Institute''",
        }));
        Assert.That(authors[1].Affiliations.Select(a => a.RawText), Is.EqualTo(new[]
        {
            "CREST, Japan Science and Technology Agency", "The University of Tokyo",
        }));
    }

    [Test]
    public void Read_CollaborationAndEtAl_KeepWhatAuthorsParsedLists()
    {
        // 0704.0020: "The BABAR Collaboration, B. Aubert, et al" → [["The BABAR Collaboration","",""],["Aubert","B.",""]].
        var authors = Work("0704.0020").Authors;

        Assert.That(authors.Select(a => a.RawName), Is.EqualTo(new[] { "The BABAR Collaboration", "B. Aubert" }));
    }

    [Test]
    public void Read_YearFromFirstVersionThenIdThenUpdateDate()
    {
        // The first version's year wins over the id's month and over update_date (the last revision's).
        var results = ReadLines(
            """{"id":"0704.0999","title":"T","versions":[{"version":"v1","created":"Tue, 5 Jan 2010 10:00:00 GMT"},{"version":"v2","created":"Wed, 1 Jan 2014 10:00:00 GMT"}],"update_date":"2014-01-02"}""",
            """{"id":"hep-th/9901001","title":"T","versions":[],"update_date":"2008-11-26"}""",
            """{"id":"0704.0998","title":"T","versions":[{"version":"v1","created":"not a date"}],"update_date":"2009-01-01"}""",
            """{"id":"weird-id","title":"T","update_date":"2009-03-04"}""",
            """{"id":"weird-id2","title":"T"}""");

        Assert.That(results.Select(r => r.Work!.Year), Is.EqualTo(new int?[] { 2010, 1999, 2007, 2009, null }));
    }

    [TestCase("0704.0001", 2007)]
    [TestCase("2101.00001", 2021)]
    [TestCase("hep-th/9901001", 1999)]
    [TestCase("math.GT/0309136", 2003)]
    [TestCase("0713.0001", null)]
    [TestCase("something", null)]
    public void YearOfId_NewAndOldStyle(string id, int? expected) =>
        Assert.That(ArxivRecordMapper.YearOfId(id), Is.EqualTo(expected));

    [Test]
    public void Read_OldStyleId_IsTheKeyAsWritten()
    {
        var work = ReadLines("""{"id":"hep-th/9901001","title":"Strings","categories":"hep-th","authors_parsed":[["Witten","E.",""]]}""").Single().Work!;

        Assert.That(work.Key, Is.EqualTo(new SourceKey("arxiv", "hep-th/9901001")));
        Assert.That(work.Identifiers, Is.EqualTo(new[] { new WorkIdentifier(IdentifierScheme.ArxivId, "hep-th/9901001") }));
    }

    [Test]
    public void Read_VersionedId_LosesItsVersion()
    {
        var work = ReadLines("""{"id":"0704.0001v2","title":"T"}""").Single().Work!;

        Assert.That(work.Key.Id, Is.EqualTo("0704.0001"));
    }

    [Test]
    public void Read_SeveralDois_KeepsEachOnce()
    {
        var work = ReadLines("""{"id":"0704.0001","title":"T","doi":"10.1000/A 10.1000/b 10.1000/a"}""").Single().Work!;

        Assert.That(work.Identifiers.Where(i => i.Scheme == IdentifierScheme.Doi).Select(i => i.Value), Is.EqualTo(new[] { "10.1000/a", "10.1000/b" }));
    }

    [Test]
    public void Read_WithoutAuthorsParsed_SplitsTheAuthorsStringAndDecodesAccents()
    {
        const string line = """{"id":"0704.0163","title":"T","authors":"Peter Brommer, Franz G\\\"ahler (Institut f\\\"ur Theoretische und\n  Angewandte Physik), {\\O}ystein Bj{\\o}rnstad and John Smith, Jr., et al"}""";

        var authors = ReadLines(line).Single().Work!.Authors;

        Assert.That(authors.Select(a => a.RawName), Is.EqualTo(new[] { "Peter Brommer", "Franz Gähler", "Øystein Bjørnstad", "John Smith Jr." }));
        Assert.That(authors.Select(a => a.Name), Is.All.Null);
        Assert.That(authors.Select(a => a.Position), Is.EqualTo(new[] { 1, 2, 3, 4 }));
    }

    [Test]
    public void Read_BrokenLineAndRecordsWithoutIdOrTitle_AreRejectedAndReadingGoesOn()
    {
        var results = ReadLines(
            """{"id":"0704.0001","title":"First"}""",
            """{"id":"0704.0002","title":"Broken""",
            """{"title":"No id"}""",
            """{"id":"0704.0004","title":"  \n "}""",
            """[1,2]""",
            "",
            """{"id":"0704.0005","title":"Last"}""");

        Assert.That(results.Select(r => r.Outcome), Is.EqualTo(new[]
        {
            ReadOutcome.Record, ReadOutcome.Rejected, ReadOutcome.Rejected, ReadOutcome.Rejected, ReadOutcome.Rejected, ReadOutcome.Record,
        }));
        Assert.That(results[1].Reason, Does.StartWith("malformed JSON line"));
        Assert.That(results[1].RawText, Is.EqualTo("""{"id":"0704.0002","title":"Broken"""));
        Assert.That(results[2].Reason, Is.EqualTo("arXiv record without an id"));
        Assert.That(results[3].Reason, Is.EqualTo("missing title"));
        Assert.That(results[5].Position, Is.EqualTo(new RecordPosition(6, 7, results[5].Position.ByteOffset)));
        Assert.That(results[5].Work!.Title, Is.EqualTo("Last"));
    }

    [Test]
    public void CanRead_TheSample_IsTrue()
    {
        var path = SharedData.Path(Sample);

        Assert.That(new ArxivMetadataReader().CanRead(RecordFiles.Head(path), path), Is.True);
    }

    [Test]
    public void CanRead_FirstRecordLongerThanTheHead_IsDecidedByItsId()
    {
        // A collaboration paper's authors_parsed runs past the 64 KiB head; the id and submitter come first.
        var authors = string.Join(",", Enumerable.Range(0, 5000).Select(i => $"[\"Name{i}\",\"A.\",\"\"]"));
        var line = Encoding.UTF8.GetBytes($$"""{"id":"0704.0001","submitter":"X","authors_parsed":[{{authors}}]}""");

        Assert.That(line.Length, Is.GreaterThan(64 * 1024));
        Assert.That(new ArxivMetadataReader().CanRead(line.AsSpan(0, 64 * 1024), "big.jsonl"), Is.True);
    }

    [TestCase("""{"id":"https://openalex.org/W1","title":"T","authors":"A"}""")]
    [TestCase("""{"id":"0704.0001","title":"T"}""")]
    [TestCase("""{"doc":1,"text":"T"}""")]
    [TestCase("{\n  \"id\": \"0704.0001\",\n  \"submitter\": \"X\"\n}")]
    [TestCase("""[{"id":"0704.0001","submitter":"X"}]""")]
    public void CanRead_OtherJson_IsFalse(string text) =>
        Assert.That(new ArxivMetadataReader().CanRead(Encoding.UTF8.GetBytes(text), "x.json"), Is.False);

    [Test]
    public void CanRead_EveryOtherRecordsFile_IsFalse()
    {
        var records = SharedData.Path("records");
        var reader = new ArxivMetadataReader();
        var claimed = Directory.EnumerateFiles(records, "*", SearchOption.AllDirectories)
            .Where(path => !path.EndsWith("arxiv-metadata-oai-snapshot.sample.jsonl", StringComparison.Ordinal))
            .Where(path => reader.CanRead(RecordFiles.Head(path), path))
            .ToList();

        Assert.That(claimed, Is.Empty);
    }

    [Test]
    public void FormatName_IsArxivJsonl() =>
        Assert.That(new ArxivMetadataReader().FormatName, Is.EqualTo("arxiv-jsonl"));

    [Test]
    public void RecordReaders_DetectTheSampleAsArxiv()
    {
        var path = SharedData.Path(Sample);

        Assert.That(new FormatDetector(RecordReaders.CreateDefault()).Detect(path).FormatName, Is.EqualTo("arxiv-jsonl"));
    }

    private static List<ReadResult> ReadLines(params string[] lines)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));
        return [.. new ArxivMetadataReader().Read(stream, "test.jsonl")];
    }
}
