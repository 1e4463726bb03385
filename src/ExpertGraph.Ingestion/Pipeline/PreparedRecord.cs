using ExpertGraph.Core.Resolution;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Pipeline;

/// <summary>
/// A read result after normalization, with what the read stage (which has CPU to spare) computes of it ahead of the write
/// stage: its content hash, and what the resolver makes of its mentions without the store (<see cref="IAuthorResolver.Prepare"/>).
/// </summary>
internal readonly record struct PreparedRecord(ReadResult Result, string? ContentHash, PreparedAuthors? Authors = null);
