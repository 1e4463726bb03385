using System.Globalization;
using ExpertGraph.Graph.Conflicts;

namespace ExpertGraph.Query.Conflicts;

/// <summary>The recommended reviewers, every excluded candidate with its reason, and what each was checked against.</summary>
public sealed record ReviewerRecommendationResult(ReviewerRequest Request, IReadOnlyList<ReviewerRecommendation> Recommended, IReadOnlyList<ExcludedCandidate> Excluded, int CandidatesChecked, ConflictReport Report)
{
    /// <summary>"47 excluded: 21 coauthor &lt; 48 months, 14 same-institution &lt; 12 months, 6 advisor, 6 unknown (of 200 candidates checked)".</summary>
    public string Disclosure
    {
        get
        {
            var parts = Excluded.GroupBy(e => e.Reason, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {g.Key}"));
            var list = string.Join(", ", parts);
            return string.Create(CultureInfo.InvariantCulture, $"{Excluded.Count} excluded{(list.Length > 0 ? ": " + list : "")} (of {CandidatesChecked} candidates checked)");
        }
    }
}
