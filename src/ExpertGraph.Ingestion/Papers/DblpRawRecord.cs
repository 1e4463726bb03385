namespace ExpertGraph.Ingestion.Papers;

/// <summary>
/// One record element cut out of a DBLP file: its element name, its bytes in the file's encoding, and where it starts.
/// <see cref="IsClosed"/> is false when the next record (or the end of the file) came before its end tag.
/// </summary>
internal sealed record DblpRawRecord(string ElementName, byte[] Bytes, long Line, long ByteOffset, bool IsClosed);
