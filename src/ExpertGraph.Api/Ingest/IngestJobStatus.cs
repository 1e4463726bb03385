namespace ExpertGraph.Api.Ingest;

/// <summary>Where an ingest over HTTP is: queued (accepted, not reading yet), running, completed (summary), failed (error).</summary>
public enum IngestJobStatus
{
    Queued,
    Running,
    Completed,
    Failed,
}
