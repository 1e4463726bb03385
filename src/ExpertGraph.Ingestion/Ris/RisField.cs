namespace ExpertGraph.Ingestion.Ris;

/// <summary>One tagged line of a RIS record ("AU  - Kalbe, G."), continuation lines already joined to its value.</summary>
internal readonly record struct RisField(string Tag, string Value);
