namespace ExpertGraph.Ingestion.Pipeline;

public enum FileOutcome
{
    /// <summary>Read to the end and checkpointed.</summary>
    Completed = 1,
    /// <summary>Completed before with the same content; not read again.</summary>
    AlreadyIngested,
    /// <summary>Not any known format: one clear error naming the file.</summary>
    UnknownFormat,
    /// <summary>Could not be read (I/O error, reader failure); not checkpointed, so the next run retries it.</summary>
    Failed,
}
