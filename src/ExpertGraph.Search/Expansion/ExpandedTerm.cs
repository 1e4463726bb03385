using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Search.Expansion;

/// <summary>A term searched as a phrase in the works' text on behalf of a concept.</summary>
public sealed record ExpandedTerm(string Text, TermLanguage Language, TermKind Kind, float Boost);
