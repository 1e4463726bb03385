using ExpertGraph.Core.Model;

namespace ExpertGraph.Query.Reports;

/// <summary>No CJK font was found for a PDF report: the message names the Debian package to install and the paths searched.</summary>
public sealed class MissingFontException : ExpertGraphException
{
    public MissingFontException() { }
    public MissingFontException(string message) : base(message) { }
    public MissingFontException(string message, Exception innerException) : base(message, innerException) { }
}
