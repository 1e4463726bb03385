namespace ExpertGraph.Core.Lexicon;

/// <summary>
/// The evidence that a source node was merged into a concept: <see cref="Evidence"/> is "kind:value", e.g.
/// "en-label:mathematics", "zh-label:数学", "translation:石墨烯=graphene".
/// </summary>
public sealed record ConceptAlignment(string ConceptId, string MergedId, string Evidence);
