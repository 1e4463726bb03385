namespace ExpertGraph.Ingestion.Harvesting;

/// <summary>A page's body as the server sent it (saved verbatim) and what it says.</summary>
internal sealed record FetchedPage(byte[] Body, HarvestPage Page);
