using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Ingestion.LexiconMining;

/// <summary>
/// A definition whose long form or English side names no single concept: kept for curators, not in the overlay.
/// <see cref="Reason"/> is "no concept" or "ambiguous: id|id…".
/// </summary>
internal sealed record MinedCandidate(string Text, TermLanguage Language, TermKind Kind, string Pair, IReadOnlyCollection<string> Works, string Reason);
