namespace ExpertGraph.Search.Expansion;

/// <summary>
/// A concept a query expanded to: named in the query (<see cref="Distance"/> 0, <see cref="MatchedText"/> the words
/// that named it) or a descendant of one (distance in child steps), with the boost its clauses carry.
/// </summary>
public sealed record ExpandedConcept(
    string ConceptId,
    string LabelEn,
    string LabelZh,
    int Level,
    int Distance,
    string? MatchedText,
    float Boost,
    IReadOnlyList<ExpandedTerm> Terms);
