using ExpertGraph.Search.Expansion;

namespace ExpertGraph.Search.Experts;

/// <summary>Experts found, the number of works that matched, and what the query expanded to (null: not expanded).</summary>
public sealed record ExpertSearchResult(ExpertQuery Query, IReadOnlyList<ExpertHit> Experts, int MatchedWorks, QueryExpansion? Expansion = null)
{
    /// <summary>The scorer that ranked the experts; whether its features' contributions add up to the score.</summary>
    public string Scorer { get; init; } = "";

    public bool ContributionsAdd { get; init; } = true;

    /// <summary>How every expert the filters kept divides by country, institution, stage and kind; null without person facts.</summary>
    public ExpertFacets? Facets { get; init; }
}
