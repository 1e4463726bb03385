using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Ingestion.Vocabularies;

/// <summary>A built lexicon and its counts.</summary>
public sealed record LexiconBuildResult(LexiconData Data, LexiconBuildCounts Counts);
