namespace ExpertGraph.Ingestion.Pipeline;

public enum FileOutcome
{
    /// <summary>Read to the end and checkpointed.</summary>
    Completed = 1,
    /// <summary>Completed before with the same content; not read again.</summary>
    AlreadyIngested,
    /// <summary>Named by the user but not any known format: one clear error naming the file.</summary>
    UnknownFormat,
    /// <summary>Found in a folder the user named, not any known format (a README, a licence, a DTD): listed, not read.</summary>
    NotRecords,
    /// <summary>Could not be read (I/O error, reader failure); not checkpointed, so the next run retries it.</summary>
    Failed,
}
