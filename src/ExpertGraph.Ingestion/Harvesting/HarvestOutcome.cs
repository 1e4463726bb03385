namespace ExpertGraph.Ingestion.Harvesting;

/// <summary>How a harvest run ended (a failure is a <see cref="HarvestException"/> instead).</summary>
public enum HarvestOutcome
{
    /// <summary>The source has no more pages: the harvest is finished.</summary>
    Finished = 1,

    /// <summary>The folder holds at least <see cref="HarvestOptions.MaxRecords"/> records; a larger limit goes on from there.</summary>
    LimitReached,

    /// <summary>The folder held a finished harvest already: nothing was fetched.</summary>
    AlreadyFinished,
}
