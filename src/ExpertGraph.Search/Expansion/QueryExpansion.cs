namespace ExpertGraph.Search.Expansion;

/// <summary>
/// What a query expanded to. <see cref="Remainder"/> is the query text no concept covered (searched as typed); when it
/// is empty the query is fully understood and searched through its concepts alone, so a Chinese query and its English
/// equivalent that name the same concepts become the same search.
/// </summary>
public sealed record QueryExpansion(string Text, IReadOnlyList<ExpandedConcept> Concepts, string Remainder)
{
    public bool IsEmpty => Concepts.Count == 0;
}
