namespace ExpertGraph.Core.Storage;

/// <summary>A record that could not be read or stored: where it was, why, and its raw text.</summary>
public sealed record QuarantineEntry(string FilePath, long RecordNumber, string Reason, string RawText)
{
    public long? Line { get; init; }
    public long? ByteOffset { get; init; }
}
