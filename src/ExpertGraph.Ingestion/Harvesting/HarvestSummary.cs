namespace ExpertGraph.Ingestion.Harvesting;

/// <summary>What one harvest run did, and what the folder holds after it.</summary>
/// <param name="PagesSaved">Pages this run saved (fetched or adopted from a run that stopped before counting them).</param>
/// <param name="RecordsSaved">Records in those pages.</param>
/// <param name="TotalPages">Pages the folder holds after the run.</param>
/// <param name="TotalRecords">Records the folder holds after the run.</param>
/// <param name="Requests">HTTP requests sent, retries included.</param>
/// <param name="Retries">Requests that were retries of a failed one.</param>
/// <param name="AdoptedPages">Pages a stopped run had written but not counted, counted now without fetching them again.</param>
public sealed record HarvestSummary(
    HarvestOutcome Outcome,
    string Folder,
    int PagesSaved,
    long RecordsSaved,
    int TotalPages,
    long TotalRecords,
    int Requests,
    int Retries,
    int AdoptedPages,
    TimeSpan Elapsed);
