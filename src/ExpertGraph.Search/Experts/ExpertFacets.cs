namespace ExpertGraph.Search.Experts;

/// <summary>
/// How the experts a search found (every candidate that passed the filters, not only those shown) divide by country,
/// institution (current), career stage and the kinds of their matching works; largest count first. An expert with no
/// known country or institution is in <see cref="Experts"/> but in no country or institution count.
/// </summary>
public sealed record ExpertFacets(
    int Experts,
    IReadOnlyList<FacetCount> Countries,
    IReadOnlyList<FacetCount> Institutions,
    IReadOnlyList<FacetCount> Stages,
    IReadOnlyList<FacetCount> Kinds)
{
    /// <summary>How many institutions come back (the largest); countries, stages and kinds come back whole.</summary>
    public const int InstitutionsShown = 10;
}

/// <summary>A facet value (what a filter takes: a country code, an institution id, a stage or kind name), its label and count.</summary>
public sealed record FacetCount(string Value, string Label, int Count);
