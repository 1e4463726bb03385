using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Ingestion.Bibtex;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Ingestion.Tests.Papers;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Bibtex;

public sealed class BibtexReaderTests
{
    private const string OpenAlexExports = "openalex-works-json/openalex_exports/";
    private const string CnkiAssets = "cnki-noteexpress/tests/assets/";
    private readonly BibtexReader reader = new();

    /// <summary>Every .bib file in records/ with its entry count, counted with <c>grep -c '^@' file</c>.</summary>
    private static readonly object[] Files =
    [
        new object[] { OpenAlexExports + "corpus_bibtex/chunk_1.bib", 100, 0 },
        new object[] { OpenAlexExports + "corpus_bibtex/chunk_2.bib", 100, 0 },
        new object[] { OpenAlexExports + "corpus_bibtex/chunk_3.bib", 100, 0 },
        new object[] { OpenAlexExports + "corpus_bibtex/chunk_4.bib", 69, 0 },
        new object[] { OpenAlexExports + "corpus_biblatex/chunk_1.bib", 100, 0 },
        new object[] { OpenAlexExports + "corpus_biblatex/chunk_2.bib", 100, 0 },
        new object[] { OpenAlexExports + "corpus_biblatex/chunk_3.bib", 100, 0 },
        new object[] { OpenAlexExports + "corpus_biblatex/chunk_4.bib", 69, 0 },
        // The two CNKI yearbook tables (srcdatabase 年鉴 / 统计年鉴) are skipped, as in the NoteExpress file.
        new object[] { CnkiAssets + "nameyear/ChineseColon.bib", 1, 0 },
        new object[] { CnkiAssets + "nameyear/Classic5Test.bib", 5, 0 },
        new object[] { CnkiAssets + "nameyear/CoverAllTest15Entries.bib", 15, 2 },
        new object[] { CnkiAssets + "nameyear/LotsOfEnglish.bib", 21, 0 },
        new object[] { CnkiAssets + "nameyear/mixed.bib", 12, 0 },
        new object[] { CnkiAssets + "nameyear/withLineBreakInAddress.bib", 1, 0 },
        new object[] { CnkiAssets + "title/ChineseColon.bib", 1, 0 },
        new object[] { CnkiAssets + "title/Classic5Test.bib", 5, 0 },
        new object[] { CnkiAssets + "title/CoverAllTest15Entries.bib", 15, 2 },
        new object[] { CnkiAssets + "title/LotsOfEnglish.bib", 21, 0 },
        new object[] { CnkiAssets + "title/mixed.bib", 12, 0 },
        new object[] { CnkiAssets + "title/withLineBreakInAddress.bib", 1, 0 },
    ];

    [TestCaseSource(nameof(Files))]
    public void Read_RealFile_ReadsEveryEntryAndRejectsNone(string file, int entries, int skipped)
    {
        var path = SharedData.Path("records/" + file);

        var results = RecordFiles.ReadAll(reader, path);

        Assert.That(reader.CanRead(RecordFiles.Head(path), path), Is.True);
        Assert.That(results, Has.Count.EqualTo(entries));
        Assert.That(results.Where(r => r.Outcome == ReadOutcome.Skipped).Select(r => r.Reason).ToList(), Has.Count.EqualTo(skipped).And.All.StartWith("CNKI yearbook entry"));
        Assert.That(results.Where(r => r.Outcome == ReadOutcome.Rejected), Is.Empty);
        Assert.That(results.Select(r => r.Position.RecordNumber), Is.EqualTo(Enumerable.Range(1, entries).Select(n => (long)n)));
    }

    [Test]
    public void Read_OpenAlexBibtexExport_KeysByWorkIdAndReadsTrailingCommaNames()
    {
        var results = RecordFiles.ReadAll(reader, SharedData.Path("records/" + OpenAlexExports + "corpus_bibtex/chunk_1.bib"));

        // @article{https://openalex.org/W100927044, author = {Ricardo Bayón, and J. Steven Lovink, and Wouter Veening,},
        // title = {Financing {Biodiversity} {Conservation}}, year = {0000}, url = {…iadb.org…}}
        var first = results[0];
        Assert.That(first.Position, Is.EqualTo(new RecordPosition(1, 1, 0)));
        var work = first.Work!;
        Assert.That(work.Key, Is.EqualTo(new SourceKey("openalex", "W100927044")));
        Assert.That((work.Kind, work.Title, work.Year, work.Venue, work.Language), Is.EqualTo((WorkKind.Paper, "Financing Biodiversity Conservation", (int?)null, (string?)null, (string?)null)));
        Assert.That(work.Identifiers, Is.EqualTo(new[] { new WorkIdentifier(IdentifierScheme.OpenAlexId, "W100927044") }));
        Assert.That(work.Authors.Select(a => (a.RawName, a.Name!.Family, a.Name.Given, a.Position)), Is.EqualTo(new[]
        {
            ("Ricardo Bayón", "Bayón", "Ricardo", 1), ("J. Steven Lovink", "Lovink", "J. Steven", 2), ("Wouter Veening", "Veening", "Wouter", 3),
        }));

        // W2125576237 (line 96, byte 3704): twelve authors over four lines, "Michiel van Breugel" with his particle.
        var harvey = results.Single(r => r.Work!.Key.Id == "W2125576237");
        Assert.That(harvey.Position, Is.EqualTo(new RecordPosition(12, 96, 3704)));
        Assert.That(harvey.Work!.Title, Is.EqualTo("Integrating Agricultural Landscapes with Biodiversity Conservation in the Mesoamerican Hotspot"));
        Assert.That(harvey.Work.Venue, Is.EqualTo("Conservation Biology"));
        Assert.That(harvey.Work.Authors, Has.Count.EqualTo(12));
        Assert.That(harvey.Work.Authors[0].Name, Is.EqualTo(new PersonName("Harvey", "Célia A.", NameScript.Latin)));
        Assert.That(harvey.Work.Authors[6].Name, Is.EqualTo(new PersonName("Martínez‐Ramos", "Miguel", NameScript.Latin)));
        Assert.That(harvey.Work.Authors[10].Name, Is.EqualTo(new PersonName("van Breugel", "Michiel", NameScript.Latin)));
        Assert.That(harvey.Work.Authors[11].RawName, Is.EqualTo("Mark Wishnie"));
    }

    [Test]
    public void Read_OpenAlexBiblatexExport_ReadsDoiLanguageAbstractAndLatex()
    {
        var chunk1 = RecordFiles.ReadAll(reader, SharedData.Path("records/" + OpenAlexExports + "corpus_biblatex/chunk_1.bib"));
        var chunk2 = RecordFiles.ReadAll(reader, SharedData.Path("records/" + OpenAlexExports + "corpus_biblatex/chunk_2.bib"));

        // Line 20: W4235089722, journal International Affairs, date {00}, doi 10.1111/1468-2346.00131, langid en.
        var rubino = chunk1[1];
        Assert.That(rubino.Position, Is.EqualTo(new RecordPosition(2, 20, 1096)));
        Assert.That(rubino.Work!.Key, Is.EqualTo(new SourceKey("openalex", "W4235089722")));
        Assert.That((rubino.Work.Title, rubino.Work.Venue, rubino.Work.Year, rubino.Work.Language), Is.EqualTo(("Biodiversity Finance", "International Affairs", (int?)null, "en")));
        Assert.That(rubino.Work.Identifiers, Is.EqualTo(new[]
        {
            new WorkIdentifier(IdentifierScheme.OpenAlexId, "W4235089722"), new WorkIdentifier(IdentifierScheme.Doi, "10.1111/1468-2346.00131"),
        }));
        Assert.That(rubino.Work.Abstract, Does.StartWith("The 1992 Convention on Biological Diversity (CBD) challenged signatory countries").And.EndWith("It defines the beneficial links be"));
        Assert.That(rubino.Work.Authors.Single().Name, Is.EqualTo(new PersonName("Rubino", "Michael C.", NameScript.Latin)));

        // Line 934: title = {Governance {Indicators} : {Where} {Are} {We,} {Where} {Should} {We} {Be} {Going\,?}}.
        var kaufmann = chunk1[45];
        Assert.That(kaufmann.Position.Line, Is.EqualTo(934));
        Assert.That(kaufmann.Work!.Title, Is.EqualTo("Governance Indicators : Where Are We, Where Should We Be Going ?"));
        Assert.That(kaufmann.Work.Identifiers[1], Is.EqualTo(new WorkIdentifier(IdentifierScheme.Doi, "10.1596/1813-9450-4370")));

        // Line 1572: journal = {Journal of International Wildlife Law \& Policy}.
        var steinberg = chunk2[74];
        Assert.That(steinberg.Position, Is.EqualTo(new RecordPosition(75, 1572, 82553)));
        Assert.That(steinberg.Work!.Venue, Is.EqualTo("Journal of International Wildlife Law & Policy"));
        Assert.That(steinberg.Work.Title, Is.EqualTo("From Public Concern to Policy Effectiveness: Civic Conservation in Developing Countries"));
    }

    [Test]
    public void Read_CnkiConvertedBibtex_ReadsHanziAuthorsAddressesAndTheCitationKey()
    {
        var results = RecordFiles.ReadAll(reader, SharedData.Path("records/" + CnkiAssets + "nameyear/Classic5Test.bib"));

        // @Article{ZhangHaiFeng2019 (line 45, byte 5098): author = {张海丰 and 李颖 and 程汉池 and 裴魏魏 and 刘明达 and 韩海生},
        // authoraddress = {佳木斯大学理学院;佳木斯大学材料与工程学院;佳木斯大学口腔医学院;}: three institutions for six
        // authors, so only the first is tied (to the first author).
        var zhang = results[3];
        Assert.That(zhang.Position, Is.EqualTo(new RecordPosition(4, 45, 5098)));
        var work = zhang.Work!;
        // python3: hashlib.sha256("斜入射时salisbury屏电磁参数匹配规律研究\n2019\n张".encode()).hexdigest()[:16]
        Assert.That(work.Key, Is.EqualTo(new SourceKey("citation", "0c7316c8cded6929")));
        Assert.That((work.Title, work.Year, work.Venue, work.Language), Is.EqualTo(("斜入射时Salisbury屏电磁参数匹配规律研究", (int?)2019, "信阳师范学院学报(自然科学版)", "zh")));
        Assert.That(work.Keywords, Is.EqualTo(new[] { "斜入射", "Salisbury屏", "匹配规律" }));
        Assert.That(work.Authors.Select(a => a.RawName), Is.EqualTo(new[] { "张海丰", "李颖", "程汉池", "裴魏魏", "刘明达", "韩海生" }));
        Assert.That(work.Authors.Select(a => a.Name), Is.All.Null);
        Assert.That(work.Authors[0].Affiliations.Single(), Is.EqualTo(new AffiliationMention("佳木斯大学理学院") { Organization = "佳木斯大学理学院" }));
        Assert.That(work.Authors.Skip(1).SelectMany(a => a.Affiliations), Is.Empty);
        Assert.That(work.Organizations.Select(o => o.RawText), Is.EqualTo(new[] { "佳木斯大学材料与工程学院", "佳木斯大学口腔医学院" }));
        // ISBN = ISSN = {1003-0972}: a journal's ISSN, no identifier of the work.
        Assert.That(work.Identifiers, Is.Empty);
    }

    [Test]
    public void Read_CnkiConvertedBibtex_ReadsFamilyCommaGivenNamesAndThesisSchool()
    {
        var english = RecordFiles.ReadAll(reader, SharedData.Path("records/" + CnkiAssets + "nameyear/LotsOfEnglish.bib"));
        var cover = RecordFiles.ReadAll(reader, SharedData.Path("records/" + CnkiAssets + "title/CoverAllTest15Entries.bib"));

        // @Article{With2989 (line 280): author = {With, Some. and  Great One, Two and  Others., Hi}, year = {2989}.
        var selfMade = english[20].Work!;
        Assert.That(english[20].Position.Line, Is.EqualTo(280));
        Assert.That(selfMade.Authors.Select(a => a.Name), Is.EqualTo(new[]
        {
            new PersonName("With", "Some.", NameScript.Latin), new PersonName("Great One", "Two", NameScript.Latin), new PersonName("Others.", "Hi", NameScript.Latin),
        }));
        Assert.That(selfMade.Year, Is.EqualTo(2989));
        // python3: hashlib.sha256("selfmadetesting\n2989\nwith".encode()).hexdigest()[:16]
        Assert.That(selfMade.Key, Is.EqualTo(new SourceKey("citation", "b70e8bb35d7cb292")));

        // @PhdThesis{yunhuanjingxia (line 31): author = {殷玮川}, school = {北京交通大学}: the school is the author's affiliation.
        var thesis = cover[2].Work!;
        Assert.That(cover[2].Position.Line, Is.EqualTo(31));
        Assert.That(thesis.Venue, Is.EqualTo("北京交通大学"));
        Assert.That(thesis.Authors.Single().RawName, Is.EqualTo("殷玮川"));
        Assert.That(thesis.Authors.Single().Affiliations.Single().Organization, Is.EqualTo("北京交通大学"));
    }

    [Test]
    public void Read_SameFileTwice_GivesTheSameKeys()
    {
        var path = SharedData.Path("records/" + CnkiAssets + "title/mixed.bib");

        var first = RecordFiles.ReadAll(reader, path).Select(r => r.Work?.Key);
        var second = RecordFiles.ReadAll(reader, path).Select(r => r.Work?.Key);

        Assert.That(second, Is.EqualTo(first));
        Assert.That(first.Distinct().Count(), Is.EqualTo(12));
    }

    [Test]
    public void CanRead_RecordsFolder_ClaimsExactlyTheBibFiles()
    {
        var records = SharedData.Path("records");
        var wrong = new List<string>();
        foreach (var path in Directory.EnumerateFiles(records, "*", SearchOption.AllDirectories))
        {
            var isBib = path.EndsWith(".bib", StringComparison.Ordinal);
            if (reader.CanRead(RecordFiles.Head(path), path) != isBib) wrong.Add(Path.GetRelativePath(records, path));
        }

        Assert.That(wrong, Is.Empty);
    }

    [TestCase("% This file was created with JabRef 2.10.\n% Encoding: UTF8\n\n@article{a, title={T}}\n", true)]
    [TestCase("Automatically generated by Mendeley Desktop.\nAny changes to this file will be lost.\n\n@article{a, title={T}}\n", true)]
    [TestCase("\uFEFF@Book(a, title=\"T\")", true)]
    [TestCase("{\"doc\": \"@article{a,\"}\n@article{a, title={T}}\n", false)]
    [TestCase("{Reference Type}: Journal Article\n{Title}: @article{x}\n", false)]
    [TestCase("Contact: someone@example.org\n", false)]
    public void CanRead_Head_DecidesByTheFirstEntryAndWhatPrecedesIt(string head, bool expected) =>
        Assert.That(reader.CanRead(System.Text.Encoding.UTF8.GetBytes(head), "x.txt"), Is.EqualTo(expected));
}
