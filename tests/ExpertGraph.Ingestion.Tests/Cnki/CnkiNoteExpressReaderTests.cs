using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Ingestion.Bibtex;
using ExpertGraph.Ingestion.Cnki;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Ingestion.Tests.Papers;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Cnki;

public sealed class CnkiNoteExpressReaderTests
{
    private const string Assets = "cnki-noteexpress/tests/assets/";
    private readonly CnkiNoteExpressReader reader = new();

    /// <summary>Every .net file in records/ with its record count, counted with <c>grep -c '^{Reference Type}' file</c>.</summary>
    private static readonly object[] Files =
    [
        new object[] { "ChineseColon", 1, 0 },
        new object[] { "Classic5Test", 5, 0 },
        // Two yearbook tables ({SrcDatabase}: 年鉴 and 统计年鉴) are skipped.
        new object[] { "CoverAllTest15Entries", 15, 2 },
        new object[] { "LotsOfEnglish", 21, 0 },
        new object[] { "mixed", 12, 0 },
        new object[] { "withLineBreakInAddress", 1, 0 },
    ];

    [TestCaseSource(nameof(Files))]
    public void Read_RealFile_ReadsEveryRecordAndRejectsNone(string name, int records, int skipped)
    {
        var path = SharedData.Path($"records/{Assets}{name}.net");

        var results = RecordFiles.ReadAll(reader, path);

        Assert.That(reader.CanRead(RecordFiles.Head(path), path), Is.True);
        Assert.That(results, Has.Count.EqualTo(records));
        Assert.That(results.Count(r => r.Outcome == ReadOutcome.Skipped), Is.EqualTo(skipped));
        Assert.That(results.Where(r => r.Outcome == ReadOutcome.Rejected), Is.Empty);
    }

    /// <summary>
    /// The tool these files come from (CNKI_2_BibTeX) converted each to the BibTeX beside it, in both of its citation
    /// key styles: read by the BibTeX reader, every record gets the key, title, authors, year and venue the
    /// NoteExpress reader gives it. Not the patent (the converter loses its number, so its key is the citation key
    /// there), and not ChineseColon, whose two {Author} lines the converter cut to the last.
    /// </summary>
    [TestCaseSource(nameof(Files))]
    public void Read_RealFile_AgreesWithItsBibtexConversions(string name, int records, int skipped)
    {
        var net = RecordFiles.ReadAll(reader, SharedData.Path($"records/{Assets}{name}.net"));
        foreach (var style in new[] { "nameyear", "title" })
        {
            var bib = RecordFiles.ReadAll(new BibtexReader(), SharedData.Path($"records/{Assets}{style}/{name}.bib"));
            Assert.That(bib, Has.Count.EqualTo(net.Count));
            foreach (var (fromNet, fromBib) in net.Zip(bib))
            {
                Assert.That(fromBib.Outcome, Is.EqualTo(fromNet.Outcome));
                if (fromNet.Work is not { } work || work.Kind == WorkKind.Patent || name == "ChineseColon") continue;
                Assert.That((fromBib.Work!.Key, fromBib.Work.Year, fromBib.Work.Venue), Is.EqualTo((work.Key, work.Year, work.Venue)), $"{style} {fromNet.Position}");
                Assert.That(fromBib.Work.Authors.Select(a => a.RawName), Is.EqualTo(work.Authors.Select(a => a.RawName)), $"{style} {fromNet.Position}");
            }
        }
    }

    [Test]
    public void Read_Classic5Test_ReadsEnglishRecordWithOneAddressPerAuthor()
    {
        var results = RecordFiles.ReadAll(reader, SharedData.Path($"records/{Assets}Classic5Test.net"));

        // {Author}: Alaa Alhaj-Ismail;;Sami Adwan;;John Stittle, and three addresses separated by ";;".
        var first = results[0];
        Assert.That(first.Position, Is.EqualTo(new RecordPosition(1, 1, 0)));
        var work = first.Work!;
        Assert.That(work.Key.Source, Is.EqualTo("citation"));
        Assert.That((work.Kind, work.Title, work.Year, work.Venue, work.Language), Is.EqualTo((WorkKind.Paper,
            "Share-option based compensation expense, shareholder returns and financial crisis", (int?)2019, "Journal of Contemporary Accounting & Economics", (string?)null)));
        Assert.That(work.Authors.Select(a => (a.RawName, a.Position, a.Name)), Is.EqualTo(new[]
        {
            ("Alaa Alhaj-Ismail", 1, (PersonName?)null), ("Sami Adwan", 2, null), ("John Stittle", 3, null),
        }));
        Assert.That(work.Authors.Select(a => a.Affiliations.Single().RawText), Is.EqualTo(new[]
        {
            "School of Economics, Finance and Accounting, Coventry University, UK",
            "University of Sussex Business School, University of Sussex, UK",
            "Essex Business School, University of Essex, UK",
        }));
        Assert.That(work.Authors.Select(a => a.Affiliations.Single().Organization), Is.All.Null);
        Assert.That(work.Keywords, Is.EqualTo(new[] { "IFRS 2", "Share-based payment", "Share based compensation", "Financial institution", "Financial crisis", "And large shareholders" }));
        Assert.That(work.Abstract, Does.StartWith("This paper contributes to the literature that analyses"));
        Assert.That(work.Identifiers, Is.Empty);

        // {Author}: 齐淑霞;刘圣;李鹏;韩磊;程华超;吴东京;赵建林; with one address for all, no {Year}.
        var qi = results[2].Work!;
        Assert.That(qi.Authors.Select(a => a.RawName), Is.EqualTo(new[] { "齐淑霞", "刘圣", "李鹏", "韩磊", "程华超", "吴东京", "赵建林" }));
        Assert.That(qi.Authors.Select(a => a.Affiliations.Single().Organization), Is.All.EqualTo("西北工业大学理学院陕西省光信息技术重点实验室"));
        Assert.That((qi.Year, qi.Language, qi.Venue), Is.EqualTo(((int?)null, "zh", "物理学报")));
        Assert.That(results[4].Work!.Abstract, Does.StartWith("大气层外动能拦截技术是弹道导弹防御技术研究的重难点问题."));
    }

    [Test]
    public void Read_CoverAllTest15Entries_ReadsPatentStandardThesisAndSkipsYearbooks()
    {
        var results = RecordFiles.ReadAll(reader, SharedData.Path($"records/{Assets}CoverAllTest15Entries.net"));

        // Record 2 (line 14): 唐力;刘启钢;孙文桥 and "1.中国铁道科学研究院 研究生部；2.中国铁道科学研究院集团有限公司 运输及经济研究所".
        var tang = results[1];
        Assert.That(tang.Position, Is.EqualTo(new RecordPosition(2, 14, 1488)));
        Assert.That(tang.Work!.Authors[0].Affiliations.Single().RawText, Is.EqualTo("1.中国铁道科学研究院 研究生部"));
        Assert.That(tang.Work.Authors.Skip(1).SelectMany(a => a.Affiliations), Is.Empty);
        Assert.That(tang.Work.Organizations.Single().RawText, Is.EqualTo("2.中国铁道科学研究院集团有限公司 运输及经济研究所"));

        // Record 3: a PhD thesis of 北京交通大学 ({Publisher}), whose author studied there.
        var thesis = results[2].Work!;
        Assert.That((thesis.Title, thesis.Venue, thesis.Year), Is.EqualTo(("云环境下铁路“门到门”货运产品设计优化方法研究", "北京交通大学", (int?)2018)));
        Assert.That(thesis.Authors.Single().Affiliations.Single().Organization, Is.EqualTo("北京交通大学"));

        Assert.That(results[7].Position, Is.EqualTo(new RecordPosition(8, 88, 10824)));
        Assert.That(results[7].Reason, Is.EqualTo("CNKI yearbook entry (年鉴), a statistics table, not a work"));
        Assert.That(results[8].Reason, Is.EqualTo("CNKI yearbook entry (统计年鉴), a statistics table, not a work"));

        // Record 10 (line 102): {Reference Type}: Patent, {Author}: 段祥祥, {Subsidiary Author}: the applicant, {Notes}: CN108722921A.
        var patent = results[9];
        Assert.That(patent.Position, Is.EqualTo(new RecordPosition(10, 102, 11335)));
        Assert.That(patent.Work!.Key, Is.EqualTo(new SourceKey("cnipa", "CN108722921A")));
        Assert.That((patent.Work.Kind, patent.Work.Year), Is.EqualTo((WorkKind.Patent, (int?)2018)));
        Assert.That(patent.Work.Authors.Select(a => (a.RawName, a.Role, a.Affiliations.Count)), Is.EqualTo(new[] { ("段祥祥", AuthorRole.Inventor, 0) }));
        Assert.That(patent.Work.Organizations, Is.EqualTo(new[] { new AffiliationMention("芜湖华佳新能源技术有限公司") { Organization = "芜湖华佳新能源技术有限公司" } }));
        Assert.That(patent.Work.Identifiers, Is.EqualTo(new[] { new WorkIdentifier(IdentifierScheme.PatentNumber, "CN108722921A") }));

        // Record 11: a national standard written by 铁道部运输局, an organization, numbered GB/T 7178.1-1996.
        var standard = results[10].Work!;
        Assert.That(standard.Authors.Single().Name, Is.EqualTo(new PersonName("铁道部运输局", "", NameScript.Han)));
        Assert.That((standard.Venue, standard.Year), Is.EqualTo(("国家技术监督局", (int?)1996)));
        Assert.That(standard.Identifiers, Is.EqualTo(new[] { new WorkIdentifier(IdentifierScheme.Other, "GB/T 7178.1-1996") }));

        // Record 14: no {Author}, an abstract that is CNKI's "<正>" excerpt, keywords separated by commas.
        var noAuthor = results[13].Work!;
        Assert.That(noAuthor.Authors, Is.Empty);
        Assert.That(noAuthor.Abstract, Does.StartWith("11月30日,在对巴拿马共和国进行国事访问前夕"));
        Assert.That(noAuthor.Keywords, Has.Count.EqualTo(10));
        Assert.That(noAuthor.Keywords[0], Is.EqualTo("巴拿马"));
    }

    [Test]
    public void Read_WithLineBreakInAddress_JoinsTheBrokenFieldAndTiesAnAddressToEachAuthor()
    {
        var work = RecordFiles.ReadAll(reader, SharedData.Path($"records/{Assets}withLineBreakInAddress.net")).Single().Work!;

        // {Author}: 谢昕,王小增 / {Author Address}: 中国地质大学政法学院,中国地质大学政法学院 湖北武汉430074 + CR×8 + ",湖北武汉430074".
        Assert.That(work.Authors.Select(a => a.RawName), Is.EqualTo(new[] { "谢昕", "王小增" }));
        Assert.That(work.Authors.Select(a => a.Affiliations.Single().RawText), Is.All.EqualTo("中国地质大学政法学院 湖北武汉430074"));
        Assert.That(work.Authors.Select(a => a.Affiliations.Single().Organization), Is.All.EqualTo("中国地质大学政法学院"));
        Assert.That(work.Keywords, Is.EqualTo(new[] { "政府公共关系", "公共行政", "发展历程", "理念" }));
        Assert.That((work.Year, work.Venue), Is.EqualTo(((int?)2005, "湖北社会科学")));
    }

    [Test]
    public void Read_ChineseColon_ReadsFullWidthColonsRepeatedAuthorsAndInstitutionCode()
    {
        var work = RecordFiles.ReadAll(reader, SharedData.Path($"records/{Assets}ChineseColon.net")).Single().Work!;

        // Two {Author} lines, both organizations; {Author Address}: 复旦大学附属肿瘤医院|JG001257; {Abstract}：…; {Language}：chi.
        Assert.That(work.Authors.Select(a => a.Name), Is.EqualTo(new[]
        {
            new PersonName("中国抗癌协会肉瘤专业委员会", "", NameScript.Han), new PersonName("中国临床肿瘤学会", "", NameScript.Han),
        }));
        Assert.That(work.Authors.Select(a => a.Affiliations.Single()), Is.All.EqualTo(new AffiliationMention("复旦大学附属肿瘤医院")
        {
            Organization = "复旦大学附属肿瘤医院", SourceInstitutionId = "JG001257",
        }));
        Assert.That(work.Abstract, Does.StartWith("软组织肉瘤是一类间叶来源的恶性肿瘤"));
        Assert.That((work.Language, work.Year, work.Venue), Is.EqualTo(("zh", (int?)2016, "中华肿瘤杂志")));
        Assert.That(work.Keywords, Is.EqualTo(new[] { "肉瘤", "软组织肿瘤", "诊断", "治疗", "规范" }));
    }

    [Test]
    public void CanRead_RecordsFolder_ClaimsExactlyTheNetFiles()
    {
        var records = SharedData.Path("records");
        var wrong = new List<string>();
        foreach (var path in Directory.EnumerateFiles(records, "*", SearchOption.AllDirectories))
        {
            var isNet = path.EndsWith(".net", StringComparison.Ordinal);
            if (reader.CanRead(RecordFiles.Head(path), path) != isNet) wrong.Add(Path.GetRelativePath(records, path));
        }

        Assert.That(wrong, Is.Empty);
    }
}
