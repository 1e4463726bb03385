using System.Globalization;
using ExpertGraph.Api.Json;
using ExpertGraph.Cli.Commands;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Query.Profiles;
using ExpertGraph.Search.Careers;

namespace ExpertGraph.Cli.Output;

/// <summary>Writes a person's profile as sections of aligned lines (labels in Chinese and English) or as JSON.</summary>
internal static class ExpertProfileWriter
{
    public static void Write(TextWriter output, ExpertProfile profile, OutputFormat format)
    {
        if (format == OutputFormat.Json)
        {
            output.WriteLine(ApiJson.Serialize(ExpertProfileJson.Create(profile, includeEmails: true)));
            return;
        }

        WriteTable(output, profile);
    }

    /// <summary>The field's label when it is among the disciplines shown, else its id.</summary>
    private static string FieldLabel(ExpertProfile p, string conceptId) =>
        p.Disciplines.Concepts.FirstOrDefault(c => c.ConceptId == conceptId) is { } shown
            ? string.Join(" / ", new[] { shown.LabelZh, shown.LabelEn }.Where(l => l.Length > 0))
            : conceptId;

    private static void WriteTable(TextWriter output, ExpertProfile p)
    {
        var s = p.Statistics;
        output.WriteLine($"{p.Id} {p.DisplayName}{(p.Orcid is { } orcid ? "  ORCID " + orcid : "")}");
        output.WriteLine("  姓名 names: " + string.Join("; ", p.NameVariants));
        var where = string.Join(", ", new[] { p.Institution, p.CountryCode }.Where(t => !string.IsNullOrEmpty(t)));
        if (where.Length > 0) output.WriteLine("  单位 institution: " + where);
        output.WriteLine("  " + PersonsShowCommand.Resolution(p.Resolution));
        if (p.DerivedTablesStale) output.WriteLine("  warning: statistics and fields are older than the store's works (an interrupted ingest); run ingest again");

        Section(output, $"统计 statistics (within the corpus; career age to {s.ReferenceYear})");
        output.WriteLine(Invariant($"  works {s.Works} (papers {s.Papers}, patents {s.Patents}, projects {s.Projects}), citations {s.Citations}, h-index {s.HIndex}"));
        output.WriteLine(Invariant($"  years {Span(s.FirstYear, s.LastYear)}, career age {s.CareerAge?.ToString(CultureInfo.InvariantCulture) ?? "-"}, co-authors {s.Coauthors}"));
        if (p.Career is { } career)
        {
            var field = career.Field is { } id ? FieldLabel(p, id) : "the persons without a field";
            output.WriteLine(Invariant(
                $"  stage {CareerStages.Label(career.Stage)}: impact percentile {career.FieldPercentile * 100:0} in {field} (h-index, then works), ≈ age {career.ApproximateAge?.ToString(CultureInfo.InvariantCulture) ?? "-"}"));
        }

        Section(output, "任职 affiliations");
        foreach (var a in p.Affiliations)
            output.WriteLine(Invariant($"  {Span(a.FirstYear, a.LastYear),-9}  {a.InstitutionName}{(a.CountryCode is { } c ? $" ({c})" : "")}  {Count(a.WorkCount, "work")}"));

        foreach (var level in new[] { ("学科 disciplines", p.Disciplines), ("二级学科 subfields", p.Subfields) })
        {
            Section(output, Invariant($"{level.Item1} (lexicon level {level.Item2.Level})"));
            foreach (var c in level.Item2.Concepts)
                output.WriteLine(Invariant($"  {c.Weight,7:0.00} {c.Share,4:0%}  {string.Join(" / ", new[] { c.LabelZh, c.LabelEn }.Where(l => l.Length > 0))}  [{c.ConceptId}]"));
        }

        Section(output, "成果 works by year");
        output.WriteLine("  year   papers  patents  projects  total");
        foreach (var y in p.WorksByYear)
            output.WriteLine(Invariant($"  {y.Year?.ToString(CultureInfo.InvariantCulture) ?? "n.d.",-5} {y.Papers,7} {y.Patents,8} {y.Projects,9} {y.Total,6}"));

        Works(output, "最新成果 recent works", p.RecentWorks);
        Works(output, "高被引 most cited works", p.MostCitedWorks);

        Section(output, "合作者 co-authors");
        foreach (var c in p.Coauthors)
            output.WriteLine(Invariant($"  {c.Person,-9} {c.DisplayName}  {Count(c.SharedWorks, "shared work")}, {Span(c.FirstYear, c.LastYear)}"));
        ProfilePages(output, p.ProfilePages);
    }

    private static void ProfilePages(TextWriter output, IReadOnlyList<StoredProfilePage> pages)
    {
        if (pages.Count == 0) return;
        Section(output, "个人主页 profile pages (what the person's own pages state)");
        foreach (var s in pages)
        {
            var page = s.Page;
            output.WriteLine(Invariant($"  {page.Key}  (matched {s.Match.Score:0.00}: {string.Join("; ", s.Match.Reasons)})"));
            Line(output, "name", string.Join("; ", new[] { page.Name }.Concat(page.OtherNames)));
            Line(output, "position", page.Position);
            Line(output, "institution", string.Join(", ", new[] { page.Department, page.Institution }.Where(t => t is not null)));
            Line(output, "e-mail", string.Join("; ", page.Emails));
            Line(output, "interests", string.Join("; ", page.ResearchInterests));
            Line(output, "links", string.Join("; ", page.Links.Select(l => $"{l.Label} {l.Url}")));
            if (page.Publications.Count > 0) output.WriteLine(Invariant($"    works listed: {page.Publications.Count}"));
        }
    }

    private static void Line(TextWriter output, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value)) output.WriteLine($"    {label}: {value}");
    }

    private static void Works(TextWriter output, string title, IReadOnlyList<PersonWork> works)
    {
        Section(output, title);
        foreach (var w in works)
        {
            var venue = w.Venue is { } v ? " — " + v : "";
            var cited = w.Citations is { } n ? $", cited {n}" : "";
            output.WriteLine(Invariant($"  {w.Year?.ToString(CultureInfo.InvariantCulture) ?? "n.d.",-5} {Kind(w.Kind),-7} {w.Title}{venue} [{w.Key}{cited}]"));
        }
    }

    private static void Section(TextWriter output, string title)
    {
        output.WriteLine();
        output.WriteLine(title);
    }

    private static string Kind(WorkKind kind) => kind.ToString().ToLowerInvariant();

    private static string Span(int? first, int? last) =>
        first is null ? "n.d." : first == last ? Invariant($"{first}") : Invariant($"{first}–{last}");

    private static string Count(int count, string noun) => Invariant($"{count} {noun}{(count == 1 ? "" : "s")}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
