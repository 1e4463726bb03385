using System.Globalization;
using System.Text.Json;
using ExpertGraph.Query.Conflicts;
using ExpertGraph.Search.Experts;

namespace ExpertGraph.Cli.Output;

/// <summary>Writes reviewer recommendations: each with why it fits and what it was checked against, then the disclosure line.</summary>
internal static class ReviewerResultWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void WriteText(TextWriter output, ReviewerRecommendationResult result, bool showExcluded)
    {
        var request = result.Request;
        var checkedLine = string.Create(CultureInfo.InvariantCulture,
            $"checked against {string.Join(", ", request.Applicants)} under {request.Policy.Name} as of {request.ReferenceDate:yyyy-MM-dd}: {result.Report.CheckedRelations}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Recommended.Count} reviewer(s) for \"{request.Topic}\""));
        var rank = 0;
        foreach (var r in result.Recommended)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{++rank,3}. {Describe(r.Expert)}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"       fits: score {r.Expert.Score:F2}, {r.Expert.MatchedWorkCount} matching works"));
            foreach (var w in r.Expert.TopWorks)
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"         {w.Year?.ToString(CultureInfo.InvariantCulture) ?? "----"} {w.Kind,-7} {w.Title}"));
            output.WriteLine("       clear: " + checkedLine);
            foreach (var flag in r.Flags) ConflictReportWriter.WriteFlag(output, flag, "       ");
        }

        output.WriteLine(result.Disclosure);
        if (!showExcluded)
        {
            if (result.Excluded.Count > 0) output.WriteLine("(--show-excluded lists them)");
            return;
        }

        foreach (var e in result.Excluded)
        {
            output.WriteLine($"  excluded {Describe(e.Expert)}: {e.Reason}");
            foreach (var reason in e.UnknownBecause) output.WriteLine("    unknown: " + reason);
            foreach (var flag in e.Flags.Where(f => f.Excludes)) ConflictReportWriter.WriteFlag(output, flag, "    ");
        }
    }

    public static void WriteJson(TextWriter output, ReviewerRecommendationResult result) =>
        output.WriteLine(JsonSerializer.Serialize(new
        {
            topic = result.Request.Topic,
            applicants = result.Request.Applicants.Select(a => a.ToString()),
            policy = result.Request.Policy.Name,
            referenceDate = result.Request.ReferenceDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            @checked = result.Report.CheckedRelations,
            recommended = result.Recommended.Select(r => new
            {
                personId = r.Expert.Person.Id.ToString(),
                name = r.Expert.Person.DisplayName,
                institution = r.Expert.Person.Institution,
                country = r.Expert.Person.CountryCode,
                score = Math.Round(r.Expert.Score, 4),
                matchedWorks = r.Expert.MatchedWorkCount,
                topWorks = r.Expert.TopWorks.Select(w => new { id = w.Id.ToString(), w.Title, w.Year, w.Kind }),
                flags = r.Flags.Select(ConflictReportWriter.FlagJson),
            }),
            disclosure = result.Disclosure,
            excluded = result.Excluded.Select(e => new
            {
                personId = e.Expert.Person.Id.ToString(),
                name = e.Expert.Person.DisplayName,
                reason = e.Reason,
                unknownBecause = e.UnknownBecause,
                flags = e.Flags.Select(ConflictReportWriter.FlagJson),
            }),
        }, Json));

    private static string Describe(ExpertHit hit)
    {
        var where = string.Join(", ", new[] { hit.Person.Institution, hit.Person.CountryCode }.Where(s => !string.IsNullOrEmpty(s)));
        return $"{hit.Person.DisplayName}{(where.Length > 0 ? " — " + where : "")} [{hit.Person.Id}]";
    }
}
