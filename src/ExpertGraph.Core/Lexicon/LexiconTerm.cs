namespace ExpertGraph.Core.Lexicon;

/// <summary>
/// A surface form of a concept. <see cref="Weight"/> in (0, 1] says how surely the text means the concept (curated
/// preferred labels 1.0; translations and mined terms lower). <see cref="Source"/> names where it came from
/// ("MESH", "CEDICT", "MINED:W123", …) so every term is traceable.
/// </summary>
public sealed record LexiconTerm(string ConceptId, string Text, TermLanguage Language, TermKind Kind, float Weight, string Source);
