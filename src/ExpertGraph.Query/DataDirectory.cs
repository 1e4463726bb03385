using ExpertGraph.Storage;

namespace ExpertGraph.Query;

/// <summary>
/// Where a workspace keeps its store and index: one folder, given by --data, EXPERTGRAPH_DATA or ./expertgraph-data.
/// The store is the SQLite file in that folder unless --store or EXPERTGRAPH_STORE names a PostgreSQL server; the
/// index always lives in the folder.
/// </summary>
public sealed record DataDirectory(string Root)
{
    public const string EnvironmentVariable = "EXPERTGRAPH_DATA";
    public const string DefaultFolder = "expertgraph-data";

    private readonly StoreLocation? _store;

    public string StorePath => Path.Combine(Root, "expertgraph.db");
    public string IndexPath => Path.Combine(Root, "index");

    /// <summary>Held by the one ingest running on this folder (see IngestLock).</summary>
    public string IngestLockPath => Path.Combine(Root, "ingest.lock");

    /// <summary>The store this workspace uses.</summary>
    public StoreLocation Store
    {
        get => _store ?? StoreLocation.Sqlite(StorePath);
        init => _store = value;
    }

    /// <summary>The folder from <paramref name="given"/>, EXPERTGRAPH_DATA or the default; the store from <paramref name="store"/> or EXPERTGRAPH_STORE.</summary>
    public static DataDirectory Resolve(string? given, string? store = null)
    {
        var root = !string.IsNullOrWhiteSpace(given) ? given
            : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
            : DefaultFolder;
        var directory = new DataDirectory(Path.GetFullPath(root));
        return directory with { Store = StoreLocation.Resolve(store, directory.StorePath) };
    }
}
