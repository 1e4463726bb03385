using ExpertGraph.Core.Model;

namespace ExpertGraph.Ingestion.Harvesting;

/// <summary>
/// A harvest that cannot go on: a request that failed every attempt (named with its URL and last status), an answer
/// that is not a page of the source, a folder that holds another harvest. Pages saved before it stay counted, and the
/// same command resumes after the last of them.
/// </summary>
public sealed class HarvestException : ExpertGraphException
{
    public HarvestException() { }
    public HarvestException(string message) : base(message) { }
    public HarvestException(string message, Exception innerException) : base(message, innerException) { }
}
