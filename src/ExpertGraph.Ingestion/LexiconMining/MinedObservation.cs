using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Ingestion.LexiconMining;

/// <summary>
/// One definition seen in one work: an abbreviation (<see cref="Text"/> the short form, <see cref="Pair"/> its long
/// form) or a translation (<see cref="Text"/> the Chinese, <see cref="Pair"/> the English). <see cref="Work"/> is the
/// work's source key ("openalex:W2125576237").
/// </summary>
internal sealed record MinedObservation(TermKind Kind, string Text, TermLanguage Language, string Pair, string Work);
