using System.Text;
using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Ingestion.Ris;
using ExpertGraph.Ingestion.Tests.Exports;

namespace ExpertGraph.Ingestion.Tests.Ris;

public sealed class RisReaderTests
{
    private readonly RisReader _reader = new();

    [Test]
    public void Read_ExampleRis_TwentyFiveRecordsAllRead()
    {
        // python3: 25 lines "TY  - " and 25 "ER  -" once CRLF and bare CR are read as line ends.
        var results = ExportFiles.ReadAll(_reader, ExportFiles.Ris);

        Assert.That(results, Has.Count.EqualTo(25));
        Assert.That(results.Select(r => r.Outcome), Is.All.EqualTo(ReadOutcome.Record));
        Assert.That(results.Count(r => r.Work!.Key.Source == "doi"), Is.EqualTo(24));
    }

    [Test]
    public void Read_FirstRecord_MapsTagsAndDropsTheRepeatedAuthorLine()
    {
        var first = ExportFiles.ReadAll(_reader, ExportFiles.Ris)[0];

        Assert.That(first.Position, Is.EqualTo(new RecordPosition(1, 1, 0)));
        var work = first.Work!;
        Assert.Multiple(() =>
        {
            Assert.That(work.Key, Is.EqualTo(new SourceKey("doi", "10.1109/mcse.2018.2884139")));
            Assert.That(work.Kind, Is.EqualTo(WorkKind.Paper));
            Assert.That(work.Title, Is.EqualTo("The European Approach to the Exascale Challenge"));
            Assert.That(work.Year, Is.EqualTo(2019));
            Assert.That(work.Venue, Is.EqualTo("Computing in Science & Engineering"));
            Assert.That(work.Identifiers, Is.EqualTo(new[] { new WorkIdentifier(IdentifierScheme.Doi, "10.1109/mcse.2018.2884139") }));
            Assert.That(work.Keywords, Is.EqualTo(new[]
            {
                "Exascale computing", "Industries", "Investment", "Technological innovation", "Ecosystems", "High performance computing",
            }));
            Assert.That(work.Abstract, Does.StartWith("An integrated European exascale computing").And.EndWith("operational HPC technologies."));
            // "AU  - G. Kalbe" twice in a row.
            Assert.That(work.Authors.Select(a => (a.RawName, a.Position, a.Role)), Is.EqualTo(new[] { ("G. Kalbe", 1, AuthorRole.Author) }));
        });
    }

    [Test]
    public void Read_RecordAfterBareCarriageReturn_PositionCountsEveryLineEnd()
    {
        // "ER  - \r\n\n\rTY  - CONF": the second record starts on line 27 (python3 re.split(r"\r\n|\r|\n")), byte 1514.
        var second = ExportFiles.ReadAll(_reader, ExportFiles.Ris)[1];

        Assert.That(second.Position, Is.EqualTo(new RecordPosition(2, 27, 1514)));
        Assert.That(second.Work!.Title, Is.EqualTo("Reference Exascale Architecture"));
        Assert.That(second.Work.Venue, Is.EqualTo("2019 15th International Conference on eScience (eScience)"));
        Assert.That(second.Work.Authors, Has.Count.EqualTo(14));
        Assert.That(second.Work.Authors[0].RawName, Is.EqualTo("M. Bobák"));
        Assert.That(second.Work.Authors[^1].RawName, Is.EqualTo("J. Schmidt"));
    }

    [Test]
    public void Read_RecordWithEmptyDo_KeyedByHashOfTitleYearAndFirstAuthor()
    {
        // Record 16 has "DO  - " empty. Expected: python3 hashlib.sha256(
        // b"theroleofphotonicsinfutureexascaledatasystems|2016|sjbenyoo").hexdigest()[:32].
        var work = ExportFiles.Works(_reader, ExportFiles.Ris)[15];

        Assert.That(work.Key, Is.EqualTo(new SourceKey("ris", "405f1de45b81912e022b73bd0bc06c60")));
        Assert.That(work.Identifiers, Is.Empty);
        Assert.That(work.Authors.Select(a => a.RawName), Is.EqualTo(new[] { "S. J. Ben Yoo" }));
    }

    [Test]
    public void Read_CnkiStyleRecord_SplitsNameListsAndGivesTheSoleAuthorItsAddresses()
    {
        const string text = "TY  - JOUR\r\nAU  - 王威;\r\nT1  - 微生物修复石油污染的厌氧解烃分子机制\r\nJF  - 微生物学报\r\n"
            + "PY  - 2019\r\nLA  - chi\r\nKW  - 石油烃;厌氧降解;\r\nAD  - 南开大学生命科学学院,天津300071;中国科学院微生物研究所\r\n"
            + "AB  - 第一行摘要\r\n续行摘要\r\nSN  - 0001-6209\r\nER  - \r\n"
            + "TY  - JOUR\r\nAU  - 张三;李四\r\nTI  - 第二篇\r\nAD  - 清华大学\r\nER  - \r\n";

        var works = Read(text).Select(r => r.Work!).ToList();

        Assert.That(works, Has.Count.EqualTo(2));
        var first = works[0];
        Assert.Multiple(() =>
        {
            Assert.That(first.Key.Source, Is.EqualTo("ris"));
            Assert.That(first.Title, Is.EqualTo("微生物修复石油污染的厌氧解烃分子机制"));
            Assert.That(first.Language, Is.EqualTo("zh"));
            Assert.That(first.Venue, Is.EqualTo("微生物学报"));
            Assert.That(first.Keywords, Is.EqualTo(new[] { "石油烃", "厌氧降解" }));
            Assert.That(first.Abstract, Is.EqualTo("第一行摘要 续行摘要"));
            Assert.That(first.Identifiers, Is.Empty);
            Assert.That(first.Authors.Select(a => a.RawName), Is.EqualTo(new[] { "王威" }));
            Assert.That(first.Authors[0].Affiliations.Select(a => (a.RawText, a.Organization)), Is.EqualTo(new[]
            {
                ("南开大学生命科学学院,天津300071", "南开大学"),
                ("中国科学院微生物研究所", "中国科学院"),
            }));
        });
        Assert.That(works[1].Authors.Select(a => a.RawName), Is.EqualTo(new[] { "张三", "李四" }));
        Assert.That(works[1].Authors.SelectMany(a => a.Affiliations), Is.Empty);
        Assert.That(works[1].Organizations.Select(o => o.Organization), Is.EqualTo(new[] { "清华大学" }));
    }

    [Test]
    public void Read_EndNoteStyleBook_EditorsIsbnAndDoiFromLink()
    {
        const string text = "\uFEFFTY  - BOOK\nA1  - Smith, John\nED  - Doe, Jane\nBT  - A Book Title\nY1  - 2001///\n"
            + "SN  - 978-3-16-148410-0\nUR  - https://doi.org/10.1000/XYZ123\nLA  - English\nER  - \n";

        var work = Read(text).Single().Work!;

        Assert.Multiple(() =>
        {
            Assert.That(work.Key, Is.EqualTo(new SourceKey("doi", "10.1000/xyz123")));
            Assert.That(work.Title, Is.EqualTo("A Book Title"));
            Assert.That(work.Year, Is.EqualTo(2001));
            Assert.That(work.Language, Is.EqualTo("en"));
            Assert.That(work.Identifiers, Is.EqualTo(new[]
            {
                new WorkIdentifier(IdentifierScheme.Doi, "10.1000/xyz123"),
                new WorkIdentifier(IdentifierScheme.Isbn, "978-3-16-148410-0"),
            }));
            Assert.That(work.Authors.Select(a => (a.RawName, a.Role)), Is.EqualTo(new[] { ("Smith, John", AuthorRole.Author), ("Doe, Jane", AuthorRole.Editor) }));
        });
    }

    private List<ReadResult> Read(string text)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return [.. _reader.Read(stream, "test.ris")];
    }
}
