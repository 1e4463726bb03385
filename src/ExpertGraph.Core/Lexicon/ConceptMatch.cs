namespace ExpertGraph.Core.Lexicon;

/// <summary>
/// A concept found in a text: <see cref="Concept"/> is the concept's number in <see cref="Lexicon.Concepts"/>,
/// <see cref="Term"/> the lexicon term that matched (as the lexicon spells it), <see cref="Start"/> and
/// <see cref="Length"/> the span of the original text (before normalization).
/// </summary>
public readonly record struct ConceptMatch(int Concept, string Term, float Weight, TermKind Kind, int Start, int Length);
