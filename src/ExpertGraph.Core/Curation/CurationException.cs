using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Curation;

/// <summary>A curator decision refused (unknown person, mention not on that person, a pin or separation it would break): nothing was written.</summary>
public sealed class CurationException : ExpertGraphException
{
    public CurationException() { }
    public CurationException(string message) : base(message) { }
    public CurationException(string message, Exception innerException) : base(message, innerException) { }
}
