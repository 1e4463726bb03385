using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Patents;

/// <summary>One XML document cut out of a (possibly concatenated, weekly) USPTO file, with where it starts.</summary>
internal sealed record UsptoRawDocument(long RecordNumber, long Line, long ByteOffset, string Text)
{
    public RecordPosition Position => new(RecordNumber, Line, ByteOffset);
}
