using System.Globalization;
using ExpertGraph.Api.Json;
using ExpertGraph.Query.Conflicts;
using ExpertGraph.Search.Experts;

namespace ExpertGraph.Cli.Output;

/// <summary>Writes reviewer recommendations: each with why it fits and what it was checked against, then the disclosure line.</summary>
internal static class ReviewerResultWriter
{
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
        output.WriteLine(ApiJson.Serialize(ReviewerResultJson.Create(result)));

    private static string Describe(ExpertHit hit)
    {
        var where = string.Join(", ", new[] { hit.Person.Institution, hit.Person.CountryCode }.Where(s => !string.IsNullOrEmpty(s)));
        return $"{hit.Person.DisplayName}{(where.Length > 0 ? " — " + where : "")} [{hit.Person.Id}]";
    }
}
