namespace ExpertGraph.Api.Requests;

/// <summary>POST /api/ingest: files or folders relative to the server's import root; force reads files ingested before unchanged again.</summary>
public sealed record IngestBody(string?[]? Paths, bool Force = false);
