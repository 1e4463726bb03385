namespace ExpertGraph.Ingestion.LexiconMining;

/// <summary>A Chinese text and the English text a record gives as its equivalent, as written.</summary>
internal sealed record BilingualPair(string Zh, string En);
