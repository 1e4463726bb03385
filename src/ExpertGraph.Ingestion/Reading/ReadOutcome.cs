namespace ExpertGraph.Ingestion.Reading;

public enum ReadOutcome
{
    /// <summary>A work was read.</summary>
    Record = 1,
    /// <summary>A malformed record: it goes to quarantine with its position, reason and raw text.</summary>
    Rejected,
    /// <summary>A well-formed document that is not a work (a sequence listing in a USPTO weekly file, an OpenAlex author entity); counted, with its reason.</summary>
    Skipped,
}
