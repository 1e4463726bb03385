namespace ExpertGraph.Ingestion.Reading;

/// <summary>Where a record sits in its file: 1-based record number, and the 1-based line and 0-based byte offset where known.</summary>
public readonly record struct RecordPosition(long RecordNumber, long? Line = null, long? ByteOffset = null)
{
    public override string ToString()
    {
        var text = $"record {RecordNumber}";
        if (Line is { } line) text += $", line {line}";
        if (ByteOffset is { } offset) text += $", byte {offset}";
        return text;
    }
}
