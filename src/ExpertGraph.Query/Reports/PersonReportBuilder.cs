using System.Globalization;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Query.Profiles;
using ExpertGraph.Search.Careers;

namespace ExpertGraph.Query.Reports;

/// <summary>
/// Arranges a profile as the nine dimensions of the portrait (DESIGN.md; docs/exports.md, "Report dimensions"): basic
/// facts, development potential, reputation, innovation, technology application (patents), resources (projects and
/// grants), collaboration, students, recruitability. Only what the profile holds is stated; a dimension the sources
/// say nothing of is left empty, which the writers print as <see cref="ReportSection.NoDataText"/>.
/// </summary>
public static class PersonReportBuilder
{
    public static PersonReport Build(ExpertProfile profile, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var career = profile.Career;
        var subtitle = string.Join(" · ", new[] { Institution(profile), career is { } c ? CareerStages.Label(c.Stage) : null }.OfType<string>());
        return new PersonReport(profile.Id.ToString(), profile.DisplayName, subtitle, generatedAt,
        [
            Basic(profile), Potential(profile), Reputation(profile), Innovation(profile), Patents(profile), Resources(profile),
            Collaboration(profile), Students(), Recruitability(profile),
        ]);
    }

    private static ReportSection Basic(ExpertProfile p)
    {
        var facts = new List<ReportFact> { new("姓名", "name", p.DisplayName), new("编号", "id", p.Id.ToString()) };
        var others = p.NameVariants.Where(n => !string.Equals(n, p.DisplayName, StringComparison.Ordinal)).ToList();
        Add(facts, "其他姓名", "other names", others.Count > 0 ? string.Join("; ", others) : null);
        Add(facts, "ORCID", "ORCID", p.Orcid);
        Add(facts, "单位", "institution", Institution(p));
        foreach (var page in p.ProfilePages.Select(stored => stored.Page))
        {
            Add(facts, "职务", "position (profile page)", page.Position);
            Add(facts, "院系", "department (profile page)", JoinNonEmpty(page.Department, page.Institution));
            Add(facts, "研究方向", "research interests (profile page)", page.ResearchInterests.Count > 0 ? string.Join("; ", page.ResearchInterests) : null);
            Add(facts, "主页", "profile page", page.Key);
        }

        var tables = new List<ReportTable>();
        if (p.Affiliations.Count > 0)
            tables.Add(new ReportTable("任职经历 affiliation history", ["years 年份", "institution 单位", "country 国家", "works 成果"],
                [.. p.Affiliations.Select(a => (IReadOnlyList<string>)[Years(a.FirstYear, a.LastYear), a.InstitutionName, a.CountryCode ?? "", Number(a.WorkCount)])]));
        return new ReportSection("基本信息", "Basic facts", facts, tables);
    }

    private static ReportSection Potential(ExpertProfile p)
    {
        var facts = new List<ReportFact>();
        if (p.Career is { } c)
        {
            facts.Add(new("人才层次", "career stage", CareerStages.Label(c.Stage)));
            Add(facts, "学术年龄", "career age (years since first work)", c.CareerAge is { } age ? Number(age) : null);
            Add(facts, "估计年龄", "approximate age", c.ApproximateAge is { } approx ? "≈ " + Number(approx) : null);
            Add(facts, "领域", "field", p.Disciplines.Concepts.FirstOrDefault(d => d.ConceptId == c.Field) is { } field ? $"{field.LabelZh} {field.LabelEn}" : c.Field);
            facts.Add(new("领域百分位", "impact percentile in field", Number((int)Math.Round(c.FieldPercentile * 100)) + "%"));
        }

        Add(facts, "成果年份", "years of works", p.Statistics.FirstYear is null ? null : Years(p.Statistics.FirstYear, p.Statistics.LastYear));
        var tables = new List<ReportTable>();
        if (p.WorksByYear.Count > 0)
            tables.Add(new ReportTable("逐年成果 works by year", ["year 年份", "papers 论文", "patents 专利", "projects 项目", "total 合计"],
                [.. p.WorksByYear.Select(y => (IReadOnlyList<string>)[y.Year is { } year ? Number(year) : "—", Number(y.Papers), Number(y.Patents), Number(y.Projects), Number(y.Total)])]));
        return new ReportSection("发展潜力", "Development potential", facts, tables);
    }

    private static ReportSection Reputation(ExpertProfile p)
    {
        var s = p.Statistics;
        var facts = new List<ReportFact>();
        if (s.Works > 0)
        {
            facts.Add(new("被引次数", "citations", Number(s.Citations)));
            facts.Add(new("H指数", "h-index", Number(s.HIndex)));
        }

        var tables = p.MostCitedWorks.Count == 0 ? new List<ReportTable>() : [Works("高被引成果 most cited works", p.MostCitedWorks)];
        return new ReportSection("学术声誉", "Reputation", facts, tables);
    }

    private static ReportSection Innovation(ExpertProfile p)
    {
        var s = p.Statistics;
        var facts = new List<ReportFact>();
        if (s.Works > 0) facts.Add(new("成果", "works", $"{Number(s.Works)} (papers 论文 {Number(s.Papers)}, patents 专利 {Number(s.Patents)}, projects 项目 {Number(s.Projects)})"));
        Add(facts, "学科", "disciplines (lexicon level " + Number(p.Disciplines.Level) + ")", Concepts(p.Disciplines));
        Add(facts, "二级学科", "subfields (lexicon level " + Number(p.Subfields.Level) + ")", Concepts(p.Subfields));
        var tables = p.RecentWorks.Count == 0 ? new List<ReportTable>() : [Works("最新成果 recent works", p.RecentWorks)];
        return new ReportSection("创新能力", "Innovation", facts, tables);
    }

    private static ReportSection Patents(ExpertProfile p) => OfKind(p, WorkKind.Patent, p.Statistics.Patents, "技术应用", "Technology application (patents)", "专利", "patents");

    private static ReportSection Resources(ExpertProfile p) => OfKind(p, WorkKind.Project, p.Statistics.Projects, "资源获取", "Resources (funded projects and grants)", "项目", "funded projects");

    private static ReportSection OfKind(ExpertProfile p, WorkKind kind, int count, string titleZh, string titleEn, string labelZh, string labelEn)
    {
        if (count == 0) return new ReportSection(titleZh, titleEn, [], []);
        var works = p.RecentWorks.Where(w => w.Kind == kind).ToList();
        return new ReportSection(titleZh, titleEn, [new(labelZh, labelEn, Number(count))],
            works.Count == 0 ? [] : [Works($"最新{labelZh} recent {labelEn}", works)]);
    }

    private static ReportSection Collaboration(ExpertProfile p)
    {
        if (p.Statistics.Coauthors == 0) return new ReportSection("合作交流", "Collaboration and sharing", [], []);
        return new ReportSection("合作交流", "Collaboration and sharing", [new("合作者", "co-authors", Number(p.Statistics.Coauthors))],
        [
            new ReportTable("主要合作者 main co-authors", ["co-author 合作者", "shared works 合作成果", "years 年份"],
                [.. p.Coauthors.Select(c => (IReadOnlyList<string>)[$"{c.DisplayName} ({c.Person})", Number(c.SharedWorks), Years(c.FirstYear, c.LastYear)])]),
        ]);
    }

    /// <summary>No source ingested records supervision: the dimension says so.</summary>
    private static ReportSection Students() => new("人才培养", "Students", [], []);

    private static ReportSection Recruitability(ExpertProfile p)
    {
        var facts = new List<ReportFact>();
        Add(facts, "当前单位", "current institution", Institution(p));
        Add(facts, "最近成果", "latest work", p.Statistics.LastYear is { } last ? Number(last) : null);
        if (p.Affiliations.Count > 0) facts.Add(new("任职单位数", "institutions worked at", Number(p.Affiliations.Count)));
        if (p.Career is { } c) facts.Add(new("人才层次", "career stage", CareerStages.Label(c.Stage)));
        if (p.Resolution is { } r) facts.Add(new("身份置信度", "identity confidence (resolution)", r.Confidence.ToString("0.00", CultureInfo.InvariantCulture)));
        return new ReportSection("可引进性", "Recruitability", facts, []);
    }

    private static ReportTable Works(string caption, IReadOnlyList<PersonWork> works) =>
        new(caption, ["year 年份", "kind 类型", "title 题名", "venue 来源", "cited 被引"],
            [.. works.Select(w => (IReadOnlyList<string>)[w.Year is { } y ? Number(y) : "—", KindLabel(w.Kind), w.Title, w.Venue ?? "", w.Citations is { } n ? Number(n) : ""])]);

    private static string KindLabel(WorkKind kind) => kind switch
    {
        WorkKind.Patent => "专利 patent",
        WorkKind.Project => "项目 project",
        _ => "论文 paper",
    };

    private static string? Institution(ExpertProfile p)
    {
        var name = p.Career?.Current?.Name ?? p.Institution;
        var country = p.Career?.CountryCode ?? p.CountryCode;
        return name is null ? null : country is null ? name : $"{name} ({country})";
    }

    private static string? Concepts(ConceptLevelProfile level) =>
        level.Concepts.Count == 0 ? null : string.Join("; ", level.Concepts.Select(c => $"{c.LabelZh} {c.LabelEn} {Number((int)Math.Round(c.Share * 100))}%"));

    private static void Add(List<ReportFact> facts, string zh, string en, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) facts.Add(new ReportFact(zh, en, value));
    }

    private static string? JoinNonEmpty(params string?[] parts)
    {
        var text = string.Join(", ", parts.Where(part => !string.IsNullOrWhiteSpace(part)));
        return text.Length == 0 ? null : text;
    }

    private static string Years(int? first, int? last) => (first, last) switch
    {
        (null, _) => "—",
        ({ } f, { } l) when f != l => $"{Number(f)}–{Number(l)}",
        ({ } f, _) => Number(f),
    };

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
