using System.Globalization;
using ExpertGraph.Api.Ingest;
using ExpertGraph.Ingestion.Pipeline;

namespace ExpertGraph.Api.Json;

/// <summary>An ingest job: status, progress and, once it ended, the run's counts (which add up) and the files that failed.</summary>
public static class IngestJobJson
{
    public static object Create(IngestJobState job, string importRoot)
    {
        ArgumentNullException.ThrowIfNull(job);
        var summary = job.Summary;
        return new
        {
            id = job.Id,
            status = job.Status.ToString().ToLowerInvariant(),
            paths = job.Paths,
            force = job.Force,
            key = job.KeyName,
            queuedAt = Time(job.QueuedAt),
            startedAt = Time(job.StartedAt),
            finishedAt = Time(job.FinishedAt),
            progress = new { files = job.FilesSeen, currentFile = job.CurrentFile is { } file ? Relative(importRoot, file) : null, recordsRead = job.RecordsRead, recordsStored = job.RecordsStored },
            summary = summary is null ? null : new
            {
                files = new
                {
                    total = summary.Files.Count,
                    read = Count(summary, FileOutcome.Completed),
                    alreadyIngested = Count(summary, FileOutcome.AlreadyIngested),
                    notRecords = Count(summary, FileOutcome.NotRecords),
                    unknownFormat = Count(summary, FileOutcome.UnknownFormat),
                    failed = Count(summary, FileOutcome.Failed),
                },
                records = new
                {
                    read = summary.Records.Read,
                    inserted = summary.Records.Inserted,
                    updated = summary.Records.Updated,
                    unchanged = summary.Records.Unchanged,
                    quarantined = summary.Records.Quarantined,
                    skipped = summary.Records.Skipped,
                },
                profilePages = new
                {
                    read = summary.ProfilePages.Read,
                    inserted = summary.ProfilePages.Inserted,
                    updated = summary.ProfilePages.Updated,
                    unchanged = summary.ProfilePages.Unchanged,
                    rejected = summary.ProfilePages.Rejected,
                    matched = summary.ProfilePages.Matched,
                },
                seconds = Math.Round(summary.Elapsed.TotalSeconds, 3),
            },
            files = summary?.Files.Select(f => new { path = Relative(importRoot, f.Path), format = f.Format, outcome = Outcome(f.Outcome), records = f.Records.Read }),
            failures = summary?.Files.Where(f => f.Outcome is FileOutcome.Failed or FileOutcome.UnknownFormat)
                .Select(f => new { path = Relative(importRoot, f.Path), outcome = Outcome(f.Outcome), error = f.Error }),
            error = job.Error,
        };
    }

    private static int Count(IngestionSummary summary, FileOutcome outcome) => summary.Files.Count(f => f.Outcome == outcome);

    /// <summary>already-ingested, not-records, unknown-format: the outcome's name in the API's lower-case-with-hyphens.</summary>
    private static string Outcome(FileOutcome outcome) => outcome switch
    {
        FileOutcome.Completed => "read",
        FileOutcome.AlreadyIngested => "already-ingested",
        FileOutcome.UnknownFormat => "unknown-format",
        FileOutcome.NotRecords => "not-records",
        _ => "failed",
    };

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');

    private static string? Time(DateTimeOffset? time) => time?.ToString("O", CultureInfo.InvariantCulture);
}
