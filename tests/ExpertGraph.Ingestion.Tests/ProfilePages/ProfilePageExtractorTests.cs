using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.ProfilePages;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.ProfilePages;

/// <summary>The hand-written pages in samples/profile-pages, each in the structure of a kind of real page.</summary>
public sealed class ProfilePageExtractorTests
{
    private readonly ProfilePageExtractor _extractor = new();

    [Test]
    public void Extract_StaffPageWithJsonLd_ReadsThePersonFromSchemaOrg()
    {
        var page = Extract("tisdell-uq.html");

        Assert.That(page.Key, Is.EqualTo("https://example.edu.au/economics/staff/clem-tisdell"));
        Assert.That(page.Name, Is.EqualTo("Clem Tisdell"));
        Assert.That(page.OtherNames, Is.EqualTo(new[] { "Clement Allan Tisdell" }));
        Assert.That(page.Position, Is.EqualTo("Professor Emeritus"));
        Assert.That(page.Institution, Is.EqualTo("The University of Queensland"));
        Assert.That(page.Department, Is.EqualTo("School of Economics"));
        Assert.That(page.Emails, Is.EqualTo(new[] { "c.tisdell@example.edu.au" }), "the webmaster's address is the site's, not his");
        Assert.That(page.ResearchInterests, Is.EqualTo(new[] { "Ecological economics", "Biodiversity conservation", "Economics of tourism" }));
        Assert.That(page.Links, Is.EqualTo(new[] { new PageLink("ORCID", "https://orcid.org/0000-0003-4370-4692") }));
        Assert.That(page.Language, Is.EqualTo("en"));
        Assert.That(page.ExtractedBy[0], Is.EqualTo("json-ld"));
    }

    [Test]
    public void Extract_StaffPageWithJsonLd_PublicationListFromTheSection()
    {
        var page = Extract("tisdell-uq.html");

        Assert.That(page.Publications, Has.Count.EqualTo(2));
        Assert.That(page.Publications[0].Title, Is.EqualTo("The orangutan–oil palm conflict: economic constraints and opportunities for conservation"));
        Assert.That(page.Publications[0].Year, Is.EqualTo(2008));
        Assert.That(page.Publications[1].Title, Is.Null, "an unquoted title is not guessed");
        Assert.That(page.Publications[1].Year, Is.EqualTo(1999));
        Assert.That(page.Publications[1].Text, Does.StartWith("Tisdell, C. (1999). Biodiversity, Conservation and Sustainable Development"));
    }

    [Test]
    public void Extract_PageWithMicrodata_ReadsPersonAndScholarlyArticles()
    {
        var page = Extract("drechsler-ufz.html");

        Assert.That(page.Name, Is.EqualTo("Martin Drechsler"));
        Assert.That(page.Position, Is.EqualTo("Senior Scientist"));
        Assert.That(page.Institution, Is.EqualTo("Helmholtz Centre for Environmental Research – UFZ"));
        Assert.That(page.Emails, Is.EqualTo(new[] { "martin.drechsler@example.de" }));
        Assert.That(page.ResearchInterests, Is.EqualTo(new[] { "Ecological-economic modelling", "Conservation payments and biodiversity offsets" }));
        Assert.That(page.Links.Select(l => l.Label), Is.EqualTo(new[] { "ORCID" }));
        Assert.That(page.Publications.Select(p => (p.Title, p.Year)), Is.EqualTo(new (string?, int?)[]
        {
            ("Designing cost-effective payments for conservation measures to generate spatiotemporal habitat heterogeneity", 2007),
            ("Species conservation in the face of political uncertainty", 2003),
        }));
        Assert.That(page.ExtractedBy[0], Is.EqualTo("microdata"));
    }

    [Test]
    public void Extract_PlainHomepage_NameFromH1TaglineAndSections()
    {
        var page = Extract("pagiola-homepage.html");

        Assert.That(page.Name, Is.EqualTo("Stefano Pagiola"));
        Assert.That(page.Position, Is.EqualTo("Senior Environmental Economist"));
        Assert.That(page.Institution, Is.EqualTo("World Bank"));
        Assert.That(page.Emails, Is.EqualTo(new[] { "spagiola@example.org" }), "\"[at]\" and \"[dot]\" undone");
        Assert.That(page.ResearchInterests, Is.EqualTo(new[] { "Payments for environmental services", "watershed management", "financing biodiversity conservation" }));
        Assert.That(page.Publications.Select(p => p.Year), Is.EqualTo(new int?[] { 2007, 2010 }));
        Assert.That(page.Publications[0].Text, Does.Contain("Paying for the environmental services of silvopastoral practices in Nicaragua"));
        Assert.That(page.Links, Is.EqualTo(new[] { new PageLink("Google Scholar", "https://scholar.google.com/citations?user=EXAMPLEID") }));
        Assert.That(page.Language, Is.EqualTo("en"), "no lang attribute: told from the text");
        Assert.That(page.Key, Is.EqualTo(Path.GetFullPath(PagePath("pagiola-homepage.html"))), "no canonical URL: the file");
    }

    [Test]
    public void Extract_ChineseFacultyPage_LabelsTableAndSections()
    {
        var page = Extract("zheng-jianting-sjtu.html");

        Assert.That(page.Name, Is.EqualTo("郑舰艇"));
        Assert.That(page.OtherNames, Is.EqualTo(new[] { "Jianting Zheng" }));
        Assert.That(page.Position, Is.EqualTo("教授,博士生导师"), "NFKC turns the full-width comma into a comma");
        Assert.That(page.Institution, Is.EqualTo("上海交通大学"));
        Assert.That(page.Department, Is.EqualTo("生命科学技术学院"));
        Assert.That(page.Emails, Is.EqualTo(new[] { "jtzheng@example.edu.cn" }), "# for @, and the office mailbox left out");
        Assert.That(page.ResearchInterests, Is.EqualTo(new[] { "聚酮化合物生物合成", "酶的结构与功能", "蛋白质相互作用" }));
        Assert.That(page.Publications.Select(p => p.Text), Is.EqualTo(new[]
        {
            "国家自然科学基金面上项目:聚酮合成起始单元选择的分子机制研究,2015-2019",
            "国家自然科学基金面上项目:酮基还原酶和酰基载体蛋白在聚酮合成中的相互作用解析,2017-2021",
        }));
        Assert.That(page.Language, Is.EqualTo("zh"));
    }

    [TestCase("<html><body><h1>Department news</h1><p>The new building opens in May.</p></body></html>", "has no personal facts")]
    [TestCase("<html><body><p>Nothing here names anyone.</p></body></html>", "no person's name found")]
    public void Extract_PageThatIsNotAProfile_FailsWithTheReason(string html, string reason)
    {
        var page = _extractor.Extract(html, "news.html", out var failure);

        Assert.That(page, Is.Null);
        Assert.That(failure, Does.Contain(reason));
    }

    [Test]
    public void Extract_BrokenJsonLd_OtherStepsStillRead()
    {
        const string html = """
            <html><head><script type="application/ld+json">{ "@type": "Person", "name": </script></head>
            <body><h1>Li Wei</h1><p>Title: Associate Professor</p><p>Email: liwei(at)example.edu</p></body></html>
            """;

        var page = _extractor.Extract(html, "li.html", out _)!;

        Assert.That((page.Name, page.Position, page.Emails.Single()), Is.EqualTo(("Li Wei", "Associate Professor", "liwei@example.edu")));
    }

    [Test]
    public void Extract_SeveralLabelsOnOneLine_EachValueCut()
    {
        const string html = "<html><body><p>姓名：王芳 职称：研究员 单位：中国科学院化学研究所</p></body></html>";

        var page = _extractor.Extract(html, "wang.html", out _)!;

        Assert.That((page.Name, page.Position, page.Institution), Is.EqualTo(("王芳", "研究员", "中国科学院化学研究所")));
    }

    private ProfilePage Extract(string file)
    {
        var path = PagePath(file);
        var page = _extractor.Extract(File.ReadAllText(path), path, out var failure);
        Assert.That(page, Is.Not.Null, failure);
        return page!;
    }

    private static string PagePath(string file) => RepositoryPaths.Path("samples/profile-pages/" + file);
}
