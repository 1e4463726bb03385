using ExpertGraph.Ingestion.Pipeline;

namespace ExpertGraph.Api.Ingest;

/// <summary>An ingest job as it was at one moment: what GET /api/ingest/{id} answers.</summary>
public sealed record IngestJobState(long Id, IReadOnlyList<string> Paths, bool Force, string KeyName, IngestJobStatus Status, DateTimeOffset QueuedAt)
{
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
    public int FilesSeen { get; init; }
    public string? CurrentFile { get; init; }
    public long RecordsRead { get; init; }
    public long RecordsStored { get; init; }
    public IngestionSummary? Summary { get; init; }
    public string? Error { get; init; }
}
