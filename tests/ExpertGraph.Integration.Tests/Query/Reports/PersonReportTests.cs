using AngleSharp.Html.Parser;
using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Pipeline;
using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Query;
using ExpertGraph.Query.Reports;
using ExpertGraph.Tests.Shared;
using ExpertGraph.Tests.Shared.Stores;
using UglyToad.PdfPig;

namespace ExpertGraph.Integration.Tests.Query.Reports;

/// <summary>
/// The one-person report of a Chinese PI. Read by hand from records/nsfc-china-grants/19_21/C01/C0102.csv: 郑舰艇,
/// 上海交通大学, two 面上项目 grants under code C0102: 31570056 "聚酮合成起始单元选择的分子机制研究" (approved 2015, 68.0)
/// and 31770068 "酮基还原酶和酰基载体蛋白在聚酮合成中的相互作用解析" (2017). samples/profile-pages/zheng-jianting-sjtu.html
/// is his faculty page: 教授,博士生导师, 生命科学技术学院, research interests 聚酮化合物生物合成.
/// </summary>
[TestFixture]
public sealed class PersonReportTests
{
    private TempDataFolder _temp = null!;
    private Workspace _workspace = null!;
    private PersonId _zheng;

    [OneTimeSetUp]
    public async Task IngestGrantsAndPage()
    {
        _temp = new TempDataFolder("eg-report-");
        _workspace = TestStores.Create(StoreKind.Sqlite, _temp.Sub("data")).OpenWorkspace();
        await _workspace.IngestAsync(
            [SharedData.Path("records/nsfc-china-grants/19_21/C01/C0102.csv"), RepositoryPaths.Path("samples/profile-pages/zheng-jianting-sjtu.html")],
            new IngestionOptions(), null, CancellationToken.None);
        var work = _workspace.Store.FindWork(new SourceKey("nsfc", "31570056")) ?? throw new AssertionException("grant 31570056 not stored");
        _zheng = _workspace.Store.GetWorkMentions(work).Single(m => m.RawName == "郑舰艇").Person;
    }

    [OneTimeTearDown]
    public void Cleanup()
    {
        _workspace?.Dispose();
        _temp?.Dispose();
    }

    [Test]
    public void GetPersonReport_ChinesePi_NineDimensionsInOrderStudentsAndPatentsSayNoData()
    {
        var report = _workspace.GetPersonReport(_zheng);

        Assert.That(report.Sections.Select(s => s.TitleZh), Is.EqualTo(new[]
        {
            "基本信息", "发展潜力", "学术声誉", "创新能力", "技术应用", "资源获取", "合作交流", "人才培养", "可引进性",
        }));
        Assert.That(report.Sections.Where(s => s.NoData).Select(s => s.TitleEn), Is.EquivalentTo(new[] { "Technology application (patents)", "Collaboration and sharing", "Students" }));
        var resources = report.Sections.Single(s => s.TitleZh == "资源获取");
        Assert.That(resources.Facts.Single().Value, Is.EqualTo("2"));
        Assert.That(resources.Tables.Single().Rows.Select(r => (r[0], r[2])), Is.EqualTo(new[]
        {
            ("2017", "酮基还原酶和酰基载体蛋白在聚酮合成中的相互作用解析"), ("2015", "聚酮合成起始单元选择的分子机制研究"),
        }));
        var basic = report.Sections[0].Facts.ToDictionary(f => f.LabelEn, f => f.Value);
        Assert.That((basic["name"], basic["position (profile page)"]), Is.EqualTo(("郑舰艇", "教授,博士生导师")));
        Assert.That(basic["institution"], Does.StartWith("上海交通大学"));
    }

    [Test]
    public void RenderHtml_ChinesePi_SelfContainedEscapedWithNineSections()
    {
        var profile = _workspace.GetExpertProfile(_zheng);
        var html = HtmlReportWriter.Render(PersonReportBuilder.Build(profile with { DisplayName = "郑舰艇 <script>alert(1)</script>" }, DateTimeOffset.UnixEpoch));

        var document = new HtmlParser().ParseDocument(html);
        Assert.That(document.DocumentElement.GetAttribute("lang"), Is.EqualTo("zh-CN"));
        Assert.That(document.QuerySelectorAll("script"), Is.Empty, "the name is text, not markup");
        Assert.That(document.QuerySelector("h1")!.TextContent, Does.Contain("郑舰艇 <script>alert(1)</script>"));
        Assert.That(document.QuerySelectorAll("h2"), Has.Length.EqualTo(9));
        Assert.That(document.QuerySelectorAll("p.nodata").Select(p => p.TextContent).Distinct(), Is.EqualTo(new[] { ReportSection.NoDataText }));
        Assert.That(document.QuerySelectorAll("link, img, [src], [href]"), Is.Empty, "nothing is fetched");
        Assert.That(document.Body!.TextContent, Does.Contain("上海交通大学").And.Contain("聚酮合成起始单元选择的分子机制研究").And.Contain("化学工程"));
    }

    [Test]
    public void WritePdf_ChinesePi_TextHoldsNameInstitutionAndDisciplineAndPageIsNotBlank()
    {
        RequireCjkFont();
        var pdftoppm = DebianTool.Require("pdftoppm", "poppler-utils");
        var pdf = Path.Combine(_temp.Root, "zheng.pdf");
        using (var file = File.Create(pdf)) _workspace.WritePersonReport(_zheng, ReportFormat.Pdf, file);

        using (var document = PdfDocument.Open(pdf))
        {
            var text = string.Concat(document.GetPages().Select(page => page.Text));
            Assert.That(text, Does.Contain("郑舰艇").And.Contain("上海交通大学").And.Contain("化学工程").And.Contain("教授"));
            Assert.That(text, Does.Contain("聚酮合成起始单元选择的分子机制研究").And.Contain(_zheng.ToString()));
        }

        DebianTool.Run(pdftoppm, "-r", "40", "-f", "1", "-l", "1", "-gray", pdf, Path.Combine(_temp.Root, "page"));
        DebianTool.Run(pdftoppm, "-r", "60", "-f", "1", "-l", "1", "-png", pdf, Path.Combine(_temp.Root, "page"));
        var dark = DarkShare(Directory.GetFiles(_temp.Root, "page-*.pgm").Single());
        var png = Directory.GetFiles(_temp.Root, "page-*.png").Single();
        var artifact = Path.Combine(TestContext.CurrentContext.WorkDirectory, "report-zheng-jianting-page1.png");
        File.Copy(png, artifact, overwrite: true);
        TestContext.AddTestAttachment(artifact, "page 1 of the one-person report of 郑舰艇");
        Assert.That(dark, Is.InRange(0.005, 0.30), "a page of text: some ink, mostly paper");
    }

    [Test]
    public void LoadCjkFont_NoFontAtTheConfiguredPath_ErrorNamesTheDebianPackage()
    {
        var saved = Environment.GetEnvironmentVariable(CjkFontFile.EnvironmentVariable);
        Environment.SetEnvironmentVariable(CjkFontFile.EnvironmentVariable, Path.Combine(_temp.Root, "no-such-font.ttc"));
        try
        {
            var error = Assert.Throws<MissingFontException>(() => CjkFontFile.Load());
            Assert.That(error!.Message, Does.Contain("fonts-noto-cjk").And.Contain("no-such-font.ttc"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(CjkFontFile.EnvironmentVariable, saved);
        }
    }

    /// <summary>Ignored locally, failed under CI (which installs fonts-noto-cjk), when no CJK font is found.</summary>
    private static void RequireCjkFont()
    {
        try
        {
            CjkFontFile.Load();
        }
        catch (MissingFontException ex)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)) Assert.Fail(ex.Message);
            Assert.Ignore(ex.Message);
        }
    }

    /// <summary>The share of pixels darker than mid-grey in a binary PGM (P5, 8-bit) as pdftoppm -gray writes it.</summary>
    private static double DarkShare(string pgm)
    {
        var bytes = File.ReadAllBytes(pgm);
        var fields = new List<string>();
        var position = 0;
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)bytes[position])) position++;
            var start = position;
            while (!char.IsWhiteSpace((char)bytes[position])) position++;
            fields.Add(System.Text.Encoding.ASCII.GetString(bytes, start, position - start));
        }

        Assert.That((fields[0], fields[3]), Is.EqualTo(("P5", "255")));
        var pixels = bytes.AsSpan(position + 1, int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture) * int.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture));
        var dark = 0;
        foreach (var pixel in pixels) if (pixel < 128) dark++;
        return (double)dark / pixels.Length;
    }
}
