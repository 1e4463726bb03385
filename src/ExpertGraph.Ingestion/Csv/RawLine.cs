namespace ExpertGraph.Ingestion.Csv;

/// <summary>One physical line as raw bytes, terminator included, with its 1-based number and 0-based byte offset.</summary>
internal readonly record struct RawLine(byte[] Bytes, long Number, long ByteOffset);
