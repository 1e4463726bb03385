namespace ExpertGraph.Ingestion.Pipeline;

/// <summary>One input file's result.</summary>
public sealed record FileReport(string Path, string? Format, FileOutcome Outcome, RecordCounts Records, string? Error = null);
