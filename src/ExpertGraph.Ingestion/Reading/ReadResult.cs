using ExpertGraph.Core.Model;

namespace ExpertGraph.Ingestion.Reading;

/// <summary>One record's outcome from a reader. A bad record is a value, never an exception that stops the run.</summary>
public sealed class ReadResult
{
    private ReadResult(ReadOutcome outcome, RecordPosition position, Work? work, string? reason, string? rawText)
    {
        Outcome = outcome;
        Position = position;
        Work = work;
        Reason = reason;
        RawText = rawText;
    }

    public ReadOutcome Outcome { get; }
    public RecordPosition Position { get; }
    public Work? Work { get; }
    public string? Reason { get; }
    public string? RawText { get; }

    public static ReadResult Ok(Work work, RecordPosition position) =>
        new(ReadOutcome.Record, position, work, null, null);

    public static ReadResult Rejected(RecordPosition position, string reason, string rawText) =>
        new(ReadOutcome.Rejected, position, null, reason, rawText);

    public static ReadResult Skipped(RecordPosition position, string reason) =>
        new(ReadOutcome.Skipped, position, null, reason, null);

    public override string ToString() => Outcome switch
    {
        ReadOutcome.Record => $"{Position}: {Work!.Key}",
        _ => $"{Position}: {Outcome} ({Reason})",
    };
}
