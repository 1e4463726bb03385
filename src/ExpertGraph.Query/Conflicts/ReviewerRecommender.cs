using ExpertGraph.Graph.Conflicts;
using ExpertGraph.Search.Experts;

namespace ExpertGraph.Query.Conflicts;

/// <summary>
/// Reviewer recommendation: the top experts on the topic, minus the applicants, minus every candidate in conflict with
/// an applicant or of unknown status, then at most k in rank order within the diversity limits.
/// </summary>
public sealed class ReviewerRecommender(ExpertSearcher searcher, IConflictEvidence evidence)
{
    public ReviewerRecommendationResult Recommend(ReviewerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var hits = searcher.Search(new ExpertQuery(request.Topic) { Limit = request.CandidatePool, IsDocument = request.TopicIsDocument }).Experts;
        var applicants = request.Applicants.ToHashSet();
        var candidates = hits.Where(h => !applicants.Contains(h.Person.Id)).ToList();
        var report = new ConflictChecker(evidence).Check(new ConflictRequest(request.Applicants, [.. candidates.Select(c => c.Person.Id)], request.Policy, request.ReferenceDate)
        {
            DeclaredRelations = request.DeclaredRelations,
            Aliases = request.Aliases,
            Waivers = request.Waivers,
        });
        var pairsByReviewer = report.Pairs.ToLookup(p => p.Reviewer);

        var recommended = new List<ReviewerRecommendation>();
        var excluded = hits.Where(h => applicants.Contains(h.Person.Id)).Select(h => new ExcludedCandidate(h, "applicant", [], [])).ToList();
        var perInstitution = new Dictionary<string, int>(StringComparer.Ordinal);
        var perCountry = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            var pairs = pairsByReviewer[candidate.Person.Id].ToList();
            var flags = pairs.SelectMany(p => p.Flags).ToList();
            var unknown = pairs.SelectMany(p => p.UnknownBecause).Distinct(StringComparer.Ordinal).ToList();
            if (flags.FirstOrDefault(f => f.Excludes) is { } conflict)
            {
                excluded.Add(new ExcludedCandidate(candidate, ReasonOf(conflict), flags, unknown));
                continue;
            }

            if (pairs.Any(p => p.Verdict == ConflictVerdict.Unknown))
            {
                excluded.Add(new ExcludedCandidate(candidate, "unknown", flags, unknown));
                continue;
            }

            if (recommended.Count == request.K) continue;
            if (OverLimit(perInstitution, candidate.Person.Institution, request.MaxPerInstitution))
            {
                excluded.Add(new ExcludedCandidate(candidate, "institution limit", flags, unknown));
                continue;
            }

            if (OverLimit(perCountry, candidate.Person.CountryCode, request.MaxPerCountry))
            {
                excluded.Add(new ExcludedCandidate(candidate, "country limit", flags, unknown));
                continue;
            }

            Count(perInstitution, candidate.Person.Institution);
            Count(perCountry, candidate.Person.CountryCode);
            recommended.Add(new ReviewerRecommendation(candidate, flags));
        }

        return new ReviewerRecommendationResult(request, recommended, excluded, hits.Count, report);
    }

    private static string ReasonOf(ConflictFlag flag) =>
        ConflictRelationNames.Of(flag.Relation) + (flag.Window.Months is { } months ? $" < {months} months" : "");

    private static bool OverLimit(Dictionary<string, int> counts, string? key, int? limit) =>
        limit is { } max && !string.IsNullOrEmpty(key) && counts.GetValueOrDefault(key) >= max;

    private static void Count(Dictionary<string, int> counts, string? key)
    {
        if (!string.IsNullOrEmpty(key)) counts[key] = counts.GetValueOrDefault(key) + 1;
    }
}
