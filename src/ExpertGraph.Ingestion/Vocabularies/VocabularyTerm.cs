using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Ingestion.Vocabularies;

/// <summary>
/// A term as a vocabulary gives it, before merging. <see cref="Translatable"/> marks English terms worth looking up
/// in the dictionary (labels and plain synonyms; not MeSH's permuted "Houses, Slaughter" forms or abbreviations).
/// <see cref="Source"/> is null when the term comes from its node's own vocabulary.
/// </summary>
internal sealed record VocabularyTerm(string Text, TermLanguage Language, TermKind Kind, float Weight, bool Translatable = false, string? Source = null);
