using System.Text;
using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Grants;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Grants;

public sealed class NsfcGrantReaderTests
{
    private const string C0106 = NsfcGrantFiles.Folder + "/19_21/C01/C0106.csv";
    private const string SearchResults = NsfcGrantFiles.Folder + "/all_search_results.csv";

    private readonly NsfcGrantReader _reader = new();

    [TestCaseSource(typeof(NsfcGrantFiles), nameof(NsfcGrantFiles.All))]
    public void Read_EveryGrantFile_YieldsOneRecordPerDataLine(string relativePath)
    {
        var path = SharedData.Path(relativePath);
        // Checked with Python's csv module: no grant file has a line break inside a field, so data rows = lines - header.
        var expected = File.ReadAllBytes(path).Count(b => b == (byte)'\n') - 1;

        var results = ReadFile(path);

        Assert.That(results.Where(r => r.Outcome != ReadOutcome.Record), Is.Empty);
        Assert.That(results, Has.Count.EqualTo(expected));
        Assert.That(results.Select(r => r.Position.RecordNumber), Is.EqualTo(Enumerable.Range(1, expected).Select(n => (long)n)));
        Assert.That(results.Select(r => r.Work!.Key.Source).Distinct(), Is.EqualTo(new[] { "nsfc" }));
    }

    [TestCaseSource(typeof(NsfcGrantFiles), nameof(NsfcGrantFiles.All))]
    public void CanRead_EveryGrantFile_IsTrue(string relativePath)
    {
        var path = SharedData.Path(relativePath);

        Assert.That(_reader.CanRead(Head(path), Path.GetFileName(path)), Is.True);
    }

    [TestCaseSource(typeof(NsfcGrantFiles), nameof(NsfcGrantFiles.CodeLists))]
    public void CanRead_DisciplineCodeList_IsFalse(string relativePath)
    {
        var path = SharedData.Path(relativePath);

        Assert.That(_reader.CanRead(Head(path), Path.GetFileName(path)), Is.False);
    }

    [TestCaseSource(typeof(NsfcGrantFiles), nameof(NsfcGrantFiles.OtherFormats))]
    public void CanRead_OtherFormatInRecords_IsFalse(string relativePath)
    {
        var path = SharedData.Path(relativePath);

        Assert.That(_reader.CanRead(Head(path), Path.GetFileName(path)), Is.False);
    }

    [Test]
    public void Read_AllGrantFiles_TotalAndDistinctProjects()
    {
        SharedData.Path(NsfcGrantFiles.Folder);
        var works = NsfcGrantFiles.All().SelectMany(file => ReadFile(SharedData.Path(file))).Select(r => r.Work!).ToList();

        // 221 grant files; SOURCE.txt counts 4,691 unique projects, most of them in two or three files.
        Assert.That(works, Has.Count.EqualTo(9304));
        Assert.That(works.Select(w => w.Key).Distinct().Count(), Is.EqualTo(4691));
    }

    [Test]
    public void Read_C0106FirstRow_MapsEveryColumn()
    {
        var results = ReadFile(SharedData.Path(C0106));

        Assert.That(results, Has.Count.EqualTo(157));
        var first = results[0];
        Assert.That(first.Position, Is.EqualTo(new RecordPosition(1, 2, 138)));
        var work = first.Work!;
        Assert.Multiple(() =>
        {
            Assert.That(work.Key, Is.EqualTo(new SourceKey("nsfc", "31570119")));
            Assert.That(work.Kind, Is.EqualTo(WorkKind.Project));
            Assert.That(work.Title, Is.EqualTo("微生物修复石油污染的厌氧解烃分子机制及重要功能基因研究"));
            Assert.That(work.Year, Is.EqualTo(2015));
            Assert.That(work.Venue, Is.EqualTo("面上项目"));
            Assert.That(work.Language, Is.EqualTo("zh"));
            Assert.That(work.Funding, Is.EqualTo(new FundingAmount(620000m, "CNY")));
            Assert.That(work.Classifications, Is.EqualTo(new[] { new ClassificationCode("NSFC", "C0106") }));
            Assert.That(work.Identifiers, Is.EqualTo(new[] { new WorkIdentifier(IdentifierScheme.AwardId, "31570119") }));
            Assert.That(work.Keywords, Is.EqualTo(new[] { "嗜热芽孢杆菌NG80-2", "石油烃的厌氧生物降解", "调控机制", "石油微生物", "微生物修复技术" }));
            Assert.That(work.Authors, Has.Count.EqualTo(1));
        });
        var pi = work.Authors[0];
        Assert.Multiple(() =>
        {
            Assert.That(pi.RawName, Is.EqualTo("王威"));
            Assert.That(pi.Position, Is.Zero);
            Assert.That(pi.Role, Is.EqualTo(AuthorRole.PrincipalInvestigator));
            Assert.That(pi.Name, Is.Null);
            Assert.That(pi.Affiliations, Is.EqualTo(new[] { new AffiliationMention("南开大学") { Organization = "南开大学", CountryCode = "CN" } }));
        });
    }

    [Test]
    public void Read_C0106_ListNumberStrippedFromEveryTitleAndLastRowRead()
    {
        var works = ReadFile(SharedData.Path(C0106)).Select(r => r.Work!).ToList();

        // Line 106: a PI with a Latin name; line 158 (last): "9.芽胞杆菌ATC-3菌株…", 地区科学基金项目, 40.0 万元.
        Assert.That(works[104].Authors[0].RawName, Is.EqualTo("Rensing Christopher Guenther Theodor"));
        Assert.That(works[104].Title, Is.EqualTo("细菌抵御原生动物吞噬的Cu和Zn抗性机制"));
        Assert.That(works[104].Authors[0].Affiliations[0].Organization, Is.EqualTo("福建农林大学"));
        var last = works[^1];
        Assert.That(last.Key.Id, Is.EqualTo("31760032"));
        Assert.That(last.Title, Is.EqualTo("芽胞杆菌ATC-3菌株降解乙草胺的分子机理研究"));
        Assert.That(last.Venue, Is.EqualTo("地区科学基金项目"));
        Assert.That(last.Funding, Is.EqualTo(new FundingAmount(400000m, "CNY")));
        Assert.That(last.Year, Is.EqualTo(2017));
    }

    [Test]
    public void Read_SearchResultsLayout_MapsByHeaderNameAndParsesWanYuanSuffix()
    {
        var results = ReadFile(SharedData.Path(SearchResults));

        Assert.That(results, Has.Count.EqualTo(11));
        var work = results[1].Work!;
        Assert.Multiple(() =>
        {
            Assert.That(results[1].Position.Line, Is.EqualTo(3));
            Assert.That(work.Key, Is.EqualTo(new SourceKey("nsfc", "31870810")));
            Assert.That(work.Title, Is.EqualTo("关于新型核开关SAM-VI的结构与作用机制研究"));
            // fundTypeText is empty in this export: the programme searched for stands in.
            Assert.That(work.Venue, Is.EqualTo("面上项目"));
            Assert.That(work.Classifications[0].Code, Is.EqualTo("C0507"));
            Assert.That(work.Authors[0].RawName, Is.EqualTo("任艾明"));
            Assert.That(work.Authors[0].Affiliations[0].Organization, Is.EqualTo("浙江大学"));
            Assert.That(work.Funding, Is.EqualTo(new FundingAmount(590000m, "CNY")));
            Assert.That(work.Year, Is.EqualTo(2018));
            Assert.That(work.Keywords, Is.EqualTo(new[] { "RNA茎环结构", "RNA二/三/四级结构", "RNA", "核糖开关", "RNA假结结构" }));
        });
    }

    [Test]
    public void Read_SameProjectInCopiedFolder_SameKeyAndContent()
    {
        var original = ReadFile(SharedData.Path(C0106)).Select(r => r.Work!).ToList();
        var copy = ReadFile(SharedData.Path(NsfcGrantFiles.Folder + "/19_23/19_21/C01/C0106.csv")).Select(r => r.Work!).ToList();

        Assert.That(copy.Select(w => w.Key), Is.EqualTo(original.Select(w => w.Key)));
        Assert.That(copy[0].Title, Is.EqualTo(original[0].Title));
    }

    [Test]
    public void Read_CrlfCopy_ReadsTheSameWorks()
    {
        var path = SharedData.Path(C0106);
        var crlf = Encoding.UTF8.GetBytes(File.ReadAllText(path, Encoding.UTF8).Replace("\n", "\r\n", StringComparison.Ordinal));

        var copy = WriteTempCopy(crlf);
        List<Work> fromCrlf;
        try
        {
            fromCrlf = ReadFile(copy).Select(r => r.Work!).ToList();
        }
        finally
        {
            File.Delete(copy);
        }

        var lf = ReadFile(path).Select(r => r.Work!).ToList();

        Assert.That(fromCrlf.Select(w => w.Key), Is.EqualTo(lf.Select(w => w.Key)));
        Assert.That(fromCrlf.Select(w => string.Join("|", w.Keywords)), Is.EqualTo(lf.Select(w => string.Join("|", w.Keywords))));
    }

    [Test]
    public void Read_HeaderWithoutGrantColumns_ThrowsUnknownFormat()
    {
        var path = SharedData.Path(NsfcGrantFiles.Folder + "/subcodes.csv");

        Assert.That(() => ReadFile(path), Throws.TypeOf<UnknownFormatException>().With.Message.Contains("approveText"));
    }

    internal static List<ReadResult> ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return new NsfcGrantReader().Read(stream, path).ToList();
    }

    internal static string WriteTempCopy(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"nsfc-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Head(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[64 * 1024];
        var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return buffer[..length];
    }
}
