namespace ExpertGraph.Ingestion.Harvesting;

/// <summary>What the harvest needs to know of a page: its records, the cursor to the next one, the source's total.</summary>
/// <param name="NextCursor">Null: the source has no more pages.</param>
/// <param name="Total">The number of matching works the source reported, when it did.</param>
internal readonly record struct HarvestPage(int Records, string? NextCursor, long? Total);
