using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Pipeline;

/// <summary>
/// What the read stage hands the write stage: records of one file, and markers for the file's start and end.
/// A batch never spans two files, so a file's checkpoint is written only after all of its records. A file whose reading
/// failed ends with <see cref="Failure"/> set: it is not checkpointed, and the next run reads it again.
/// </summary>
internal sealed record IngestionBatch(FileState File, IReadOnlyList<PreparedRecord> Records, bool EndOfFile, string? Failure = null);
