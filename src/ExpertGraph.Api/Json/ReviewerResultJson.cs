using System.Globalization;
using ExpertGraph.Query.Conflicts;

namespace ExpertGraph.Api.Json;

/// <summary>Reviewer recommendations: each with why it fits and its flags, the disclosure line, and every excluded candidate with the reason.</summary>
public static class ReviewerResultJson
{
    public static object Create(ReviewerRecommendationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new
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
                flags = r.Flags.Select(ConflictReportJson.Flag),
            }),
            disclosure = result.Disclosure,
            excluded = result.Excluded.Select(e => new
            {
                personId = e.Expert.Person.Id.ToString(),
                name = e.Expert.Person.DisplayName,
                reason = e.Reason,
                unknownBecause = e.UnknownBecause,
                flags = e.Flags.Select(ConflictReportJson.Flag),
            }),
        };
    }
}
