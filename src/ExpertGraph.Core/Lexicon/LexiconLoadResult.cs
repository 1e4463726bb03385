namespace ExpertGraph.Core.Lexicon;

/// <summary>A loaded tagger, and whether it came from the compiled cache or was compiled from the TSV files.</summary>
public sealed record LexiconLoadResult(ConceptTagger Tagger, bool FromCache);
