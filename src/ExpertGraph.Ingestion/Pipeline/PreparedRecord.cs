using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Pipeline;

/// <summary>A read result after normalization, with its content hash computed on the read stage (which has CPU to spare).</summary>
internal readonly record struct PreparedRecord(ReadResult Result, string? ContentHash);
