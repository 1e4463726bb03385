namespace ExpertGraph.Ingestion.Vocabularies;

/// <summary>
/// One node of a source vocabulary ("OA:S2208", "MESH:D000001", "NSFC:A0101"), with its level already folded into
/// 1..9 by the rule in lexicon/README.md and its parents as ids of the same or another vocabulary.
/// </summary>
internal sealed record VocabularyNode(
    string Id,
    int Level,
    IReadOnlyList<string> ParentIds,
    string LabelEn,
    string LabelZh,
    IReadOnlyList<VocabularyTerm> Terms)
{
    /// <summary>The source prefix of <see cref="Id"/>: "OA", "NSFC", "ACM", "MESH".</summary>
    public string Source => Id[..Id.IndexOf(':', StringComparison.Ordinal)];
}
