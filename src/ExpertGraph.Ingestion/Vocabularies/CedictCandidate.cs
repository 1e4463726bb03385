namespace ExpertGraph.Ingestion.Vocabularies;

/// <summary>A Chinese word CC-CEDICT gives for an English gloss: its entry's sense count and line, and the gloss as normalized.</summary>
internal sealed record CedictCandidate(string Simplified, int Senses, int Line, string Gloss);
