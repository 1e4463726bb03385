using System.Globalization;
using System.Text;
using System.Text.Json;
using ExpertGraph.Search.Experts;

namespace ExpertGraph.Cli.Output;

/// <summary>Writes an expert search result as an aligned table, JSON (one document) or CSV (one row per expert).</summary>
internal static class SearchResultWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter output, ExpertSearchResult result, OutputFormat format, bool explain = false)
    {
        switch (format)
        {
            case OutputFormat.Json:
                output.WriteLine(JsonSerializer.Serialize(new
                {
                    query = result.Query.IsDocument ? null : result.Query.Text,
                    document = result.Query.IsDocument ? Truncate(result.Query.Text, 200) : null,
                    matchedWorks = result.MatchedWorks,
                    scorer = result.Scorer,
                    expansion = explain ? ExpansionWriter.ToJson(result.Expansion) : null,
                    experts = result.Experts.Select(e => new
                    {
                        rank = e.Rank,
                        personId = e.Person.Id.ToString(),
                        name = e.Person.DisplayName,
                        institution = e.Person.Institution,
                        country = e.Person.CountryCode,
                        orcid = e.Person.Orcid,
                        score = Math.Round(e.Score, 4),
                        matchedWorks = e.MatchedWorkCount,
                        topWorks = e.TopWorks.Select(w => new { id = w.Id.ToString(), w.Title, w.Year, w.Kind, score = Math.Round(w.Score, 4) }),
                        reasons = e.Features.Select(f => new { feature = f.Name, value = Math.Round(f.Value, 4), contribution = Math.Round(f.Contribution, 4) }),
                    }),
                }, Json));
                break;
            case OutputFormat.Csv:
                output.WriteLine("rank,person_id,name,institution,country,score,matched_works,top_work");
                foreach (var e in result.Experts)
                {
                    output.WriteLine(string.Join(',',
                        e.Rank.ToString(CultureInfo.InvariantCulture), e.Person.Id.ToString(), Csv(e.Person.DisplayName), Csv(e.Person.Institution),
                        Csv(e.Person.CountryCode), e.Score.ToString("F4", CultureInfo.InvariantCulture),
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

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Experts.Count} experts for {asked} ({result.MatchedWorks} matching works)"));
        foreach (var e in result.Experts)
        {
            var where = string.Join(", ", new[] { e.Person.Institution, e.Person.CountryCode }.Where(s => !string.IsNullOrEmpty(s)));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{e.Rank,3}. {e.Person.DisplayName}{(where.Length > 0 ? " — " + where : "")}  [{e.Person.Id}] score {e.Score:F2}, {e.MatchedWorkCount} matching works"));
            foreach (var w in e.TopWorks)
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"       {w.Year?.ToString(CultureInfo.InvariantCulture) ?? "----"} {w.Kind,-7} {Truncate(w.Title, 90)}  ({w.Score:F2})"));
            if (!explain) continue;
            foreach (var f in e.Features)
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"       why: {f.Name} = {f.Value:0.###} ({(result.ContributionsAdd ? "adds" : "model weight")} {f.Contribution:0.###})"));
        }
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static string Csv(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value.IndexOfAny([',', '"', '\n', '\r']) < 0) return value;
        return new StringBuilder(value.Length + 2).Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
    }
}
