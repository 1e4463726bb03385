using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Ingestion.LexiconMining;

/// <summary>Why a mined term is in the overlay: the work that defines it and the long form or English it gave.</summary>
internal sealed record MinedEvidence(string ConceptId, string Text, TermLanguage Language, TermKind Kind, string Pair, string Work);
