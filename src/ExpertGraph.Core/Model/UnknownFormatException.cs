namespace ExpertGraph.Core.Model;

/// <summary>A file given to ingestion matches no known format.</summary>
public sealed class UnknownFormatException : ExpertGraphException
{
    public UnknownFormatException() { }
    public UnknownFormatException(string message) : base(message) { }
    public UnknownFormatException(string message, Exception innerException) : base(message, innerException) { }

    public UnknownFormatException(string path, string detail)
        : base($"{path}: not a known format ({detail})") => FilePath = path;

    public string? FilePath { get; }
}
