namespace ExpertGraph.Core.Model;

/// <summary>
/// The search index in a folder cannot be read as committed (a file missing, truncated or garbled). The index holds
/// nothing the store does not: rebuilding it from the store is the fix.
/// </summary>
public sealed class IndexDamagedException : ExpertGraphException
{
    public IndexDamagedException() { }
    public IndexDamagedException(string message) : base(message) { }
    public IndexDamagedException(string message, Exception innerException) : base(message, innerException) { }

    public IndexDamagedException(string folder, string detail, Exception? innerException)
        : base($"the search index in {folder} is damaged ({detail}): run expertgraph rebuild-index", innerException!)
    {
        Folder = folder;
        Detail = detail;
    }

    public string? Folder { get; }

    /// <summary>Which file and what is wrong with it.</summary>
    public string? Detail { get; }
}
