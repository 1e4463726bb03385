namespace ExpertGraph.Core.Lexicon;

/// <summary>The lexicon as its files hold it: concepts, terms and the evidence of every merge.</summary>
public sealed record LexiconData(
    IReadOnlyList<Concept> Concepts,
    IReadOnlyList<LexiconTerm> Terms,
    IReadOnlyList<ConceptAlignment> Alignments);
