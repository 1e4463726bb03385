using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Query;

/// <summary>The lexicon a workspace tags and expands with: its tagger, its folder, and a version that changes with its files.</summary>
public sealed record LoadedLexicon(ConceptTagger Tagger, string Folder, long Version, int MinedTerms);
