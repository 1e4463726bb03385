using System.Globalization;
using System.Text;
using ExpertGraph.Api.Json;
using ExpertGraph.Search.Careers;
using ExpertGraph.Search.Experts;

namespace ExpertGraph.Cli.Output;

/// <summary>Writes an expert search result as an aligned table, JSON (one document) or CSV (one row per expert).</summary>
internal static class SearchResultWriter
{
    public static void Write(TextWriter output, ExpertSearchResult result, OutputFormat format, bool explain = false)
    {
        switch (format)
        {
            case OutputFormat.Json:
                output.WriteLine(ApiJson.Serialize(SearchResultJson.Create(result, explain)));
                break;
            case OutputFormat.Csv:
                output.WriteLine("rank,person_id,name,institution,country,career_age,stage,score,matched_works,top_work");
                foreach (var e in result.Experts)
                {
                    output.WriteLine(string.Join(',',
                        e.Rank.ToString(CultureInfo.InvariantCulture), e.Person.Id.ToString(), Csv(e.Person.DisplayName), Csv(Institution(e)),
                        Csv(Country(e)), e.Career?.CareerAge?.ToString(CultureInfo.InvariantCulture) ?? "", e.Career is { } c ? CareerStages.Name(c.Stage) : "",
                        e.Score.ToString("F4", CultureInfo.InvariantCulture),
                        e.MatchedWorkCount.ToString(CultureInfo.InvariantCulture), Csv(e.TopWorks.FirstOrDefault()?.Title)));
                }

                break;
            default:
                if (explain) ExpansionWriter.WriteTable(output, result.Expansion);
                WriteTable(output, result, explain);
                break;
        }
    }

    private static void WriteTable(TextWriter output, ExpertSearchResult result, bool explain)
    {
        var asked = result.Query.IsDocument ? $"the document \"{Truncate(result.Query.Text.ReplaceLineEndings(" "), 60)}\"" : $"\"{result.Query.Text}\"";
        if (result.Experts.Count == 0)
        {
            output.WriteLine($"no experts found for {asked}");
            return;
        }

        var asOf = result.Query.AsOfYear is { } year ? string.Create(CultureInfo.InvariantCulture, $", as of {year}") : "";
        var found = result.Facets is { } all ? string.Create(CultureInfo.InvariantCulture, $" of {all.Experts}") : "";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Experts.Count}{found} experts for {asked} ({result.MatchedWorks} matching works{asOf})"));
        foreach (var e in result.Experts)
        {
            var where = string.Join(", ", new[] { Institution(e), Country(e) }.Where(s => !string.IsNullOrEmpty(s)));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{e.Rank,3}. {e.Person.DisplayName}{(where.Length > 0 ? " — " + where : "")}  [{e.Person.Id}] score {e.Score:F2}, {e.MatchedWorkCount} matching works"));
            if (e.Career is { } career) output.WriteLine("       " + CareerLine(career));
            if (e.Tie is { } tie) output.WriteLine("       ties: " + tie.Describe());
            foreach (var w in e.TopWorks)
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"       {w.Year?.ToString(CultureInfo.InvariantCulture) ?? "----"} {w.Kind,-7} {Truncate(w.Title, 90)}  ({w.Score:F2})"));
            if (!explain) continue;
            foreach (var f in e.Features)
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"       why: {f.Name} = {f.Value:0.###} ({(result.ContributionsAdd ? "adds" : "model weight")} {f.Contribution:0.###})"));
        }

        if (result.Facets is { } facets) WriteFacets(output, facets);
    }

    private static void WriteFacets(TextWriter output, ExpertFacets facets)
    {
        static string Counts(IReadOnlyList<FacetCount> counts) =>
            counts.Count == 0 ? "—" : string.Join(", ", counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Label} {c.Count}")));
        output.WriteLine("facets:");
        output.WriteLine("  country:     " + Counts(facets.Countries));
        output.WriteLine("  institution: " + Counts(facets.Institutions));
        output.WriteLine("  stage:       " + Counts(facets.Stages));
        output.WriteLine("  kind:        " + Counts(facets.Kinds));
    }

    /// <summary>"career 12 y (≈ age 38), academic leader 学术带头人 (field top 18%), 2008–2020, 40 works (35 papers, 5 patents), h 12".</summary>
    private static string CareerLine(PersonCareer c)
    {
        var age = c.CareerAge is { } years ? string.Create(CultureInfo.InvariantCulture, $"career {years} y (≈ age {c.ApproximateAge}), ") : "career age unknown, ";
        var span = c.FirstYear is { } first ? string.Create(CultureInfo.InvariantCulture, $", {first}–{c.LastYear}") : "";
        var kinds = new[] { (c.Papers, "papers"), (c.Patents, "patents"), (c.Projects, "projects") }.Where(k => k.Item1 > 0)
            .Select(k => string.Create(CultureInfo.InvariantCulture, $"{k.Item1} {k.Item2}"));
        return string.Create(CultureInfo.InvariantCulture,
            $"{age}{CareerStages.Label(c.Stage)} (field percentile {c.FieldPercentile * 100:0}){span}, {c.Works} works ({string.Join(", ", kinds)}), h {c.HIndex}");
    }

    private static string? Institution(ExpertHit hit) => SearchResultJson.Institution(hit);

    private static string? Country(ExpertHit hit) => SearchResultJson.Country(hit);

    private static string Truncate(string text, int length) => SearchResultJson.Truncate(text, length);

    private static string Csv(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value.IndexOfAny([',', '"', '\n', '\r']) < 0) return value;
        return new StringBuilder(value.Length + 2).Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
    }
}
