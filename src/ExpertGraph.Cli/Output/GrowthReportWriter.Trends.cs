using System.Globalization;
using ExpertGraph.Query.Growth;
using ExpertGraph.Search.Growth;

namespace ExpertGraph.Cli.Output;

internal static partial class GrowthReportWriter
{
    public static void WriteTrends(TextWriter writer, TrendReport report)
    {
        writer.WriteLine(F($"fields {string.Join(", ", report.Fields)}{(report.CountryCode is null ? "" : " in " + report.CountryCode)}: {report.Persons} persons with works up to {report.Year}; growth predicted to {report.Year + report.Horizon}"));
        writer.WriteLine("models trained on this data's own history, held-out figures:");
        foreach (var t in report.Evaluation)
        {
            writer.WriteLine(t.Skipped is not null
                ? $"  {t.Target}: no model ({t.Skipped})"
                : F($"  {t.Target}: R² {t.Model!.RSquared:0.000} (no growth {t.NoGrowthBaseline!.RSquared:0.000}), growth R² {t.Growth!.RSquared:0.000}, ρ {t.Growth.Spearman:0.000}, {t.HeldOutPersons} held-out persons, interval ±{t.IntervalWidth:0.00} held {t.IntervalCoverage * 100:0}%"));
        }

        writer.WriteLine();
        writer.WriteLine("rising persons (predicted growth against the field's persons of the same basis):");
        var rank = 0;
        foreach (var r in report.Rising)
        {
            var p = r.Prediction;
            writer.WriteLine(F($"{++rank,3}. P{r.Person} {r.Name} — {r.Institution ?? "no institution"}{(r.CountryCode is null ? "" : " (" + r.CountryCode + ")")}"));
            writer.WriteLine(F($"     {r.Basis}: {p.Current} now, {p.Predicted:0.0} predicted [{p.Low:0.0}–{p.High:0.0}], growth {p.Growth:0.0}, peer percentile {r.PeerPercentile * 100:0}"));
            writer.WriteLine("     drivers: " + string.Join(", ", p.Drivers.Take(4).Select(d => F($"{d.Feature} {d.Value:0.##} ({d.Contribution:+0.00;-0.00})"))));
        }

        if (report.Rising.Count == 0) writer.WriteLine("  none (no model, or no person of the field with works up to the year)");
        writer.WriteLine();
        writer.WriteLine("field momentum (works in the last 3 years over the 3 before):");
        foreach (var m in report.Momentum)
            writer.WriteLine(F($"  {(m.Asked ? "*" : " ")} {m.Field,-14} {m.Label ?? "",-40} {m.Momentum,6:0.00}  ({m.RecentWorks} / {m.PriorWorks})"));
    }

    public static void WriteFlows(TextWriter writer, FlowSummary flows)
    {
        writer.WriteLine(F($"{flows.Persons} persons, {flows.PersonsWithAffiliations} with an institution on a dated work; {flows.Moves.Count} moves (the institution as of a year differs from the one as of the previous year with one)"));
        writer.WriteLine();
        writer.WriteLine($"{"period",-10} {"from",-5} {"to",-5} {"moves",6} {"persons",8}");
        foreach (var f in flows.Countries) writer.WriteLine(F($"{f.PeriodStart + "–" + f.PeriodEnd,-10} {f.From,-5} {f.To,-5} {f.Moves,6} {f.Persons,8}"));
        writer.WriteLine();
        writer.WriteLine($"{"country",-8} {"in",5} {"out",5} {"net",5}");
        foreach (var b in flows.Balances) writer.WriteLine(F($"{b.Country,-8} {b.In,5} {b.Out,5} {b.Net,5:+0;-0;0}"));
        writer.WriteLine();
        writer.WriteLine("institutions with most moves:");
        foreach (var i in flows.Institutions) writer.WriteLine(F($"  {i.Moves,4}  {i.From} ({i.FromCountry}) → {i.To} ({i.ToCountry})  {CareerYears(i.FirstYear, i.LastYear)}"));
    }

    public static void WriteTimeline(TextWriter writer, PersonTimeline timeline)
    {
        writer.WriteLine(F($"P{timeline.Person} {timeline.DisplayName}: timeline"));
        writer.WriteLine(timeline.CitationNote);
        writer.WriteLine($"{"year",4} {"works",5} {"total",5} {"cites",7} {"h",3} {"new co",6} {"co",4}  institution / subfield");
        foreach (var y in timeline.Years)
            writer.WriteLine(F($"{y.Year,4} {y.Works,5} {y.TotalWorks,5} {y.Citations,7} {y.HIndex,3} {y.NewCoauthors,6} {y.Coauthors,4}  {y.Institution ?? "-"}{(y.CountryCode is null ? "" : " (" + y.CountryCode + ")")}{(y.Subfield is null ? "" : " / " + y.Subfield)}"));
        writer.WriteLine();
        writer.WriteLine("affiliations (years of the first and last work there):");
        foreach (var a in timeline.Affiliations)
            writer.WriteLine(F($"  {CareerYears(a.FirstYear, a.LastYear),-10} {a.Name}{(a.CountryCode is null ? "" : " (" + a.CountryCode + ")")}, {a.Works} works"));
    }

    private static string CareerYears(int? first, int? last) => first is null ? "" : first == last ? F($"{first}") : F($"{first}–{last}");
}
