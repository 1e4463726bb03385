namespace ExpertGraph.Query;

/// <summary>Where a workspace keeps its store and index: one folder, given by --data, EXPERTGRAPH_DATA or ./expertgraph-data.</summary>
public sealed record DataDirectory(string Root)
{
    public const string EnvironmentVariable = "EXPERTGRAPH_DATA";
    public const string DefaultFolder = "expertgraph-data";

    public string StorePath => Path.Combine(Root, "expertgraph.db");
    public string IndexPath => Path.Combine(Root, "index");

    /// <summary>Held by the one ingest running on this folder (see IngestLock).</summary>
    public string IngestLockPath => Path.Combine(Root, "ingest.lock");

    public static DataDirectory Resolve(string? given)
    {
        var root = !string.IsNullOrWhiteSpace(given) ? given
            : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
            : DefaultFolder;
        return new DataDirectory(Path.GetFullPath(root));
    }
}
