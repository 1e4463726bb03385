namespace ExpertGraph.Ingestion.Pipeline;

/// <summary>A file to ingest; <see cref="Explicit"/> when the user named it rather than a folder holding it.</summary>
public sealed record InputFile(string Path, bool Explicit);
