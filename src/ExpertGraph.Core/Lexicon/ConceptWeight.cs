namespace ExpertGraph.Core.Lexicon;

/// <summary>A concept's weight in a profile: its own matches plus the decayed weight of its descendants' matches.</summary>
public readonly record struct ConceptWeight(int Concept, double Weight);
