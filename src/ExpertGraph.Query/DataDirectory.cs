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

    /// <summary>Held by every process writing the folder (ingest, rebuild-index, backup, restore); never deleted.</summary>
    /// <summary>
    /// The collaboration graph saved as arrays, a cache of the store's derived tables (checked against their
    /// generation on load, rebuilt when stale or damaged, not part of backups).
    /// </summary>
    public string GraphSnapshotPath => Path.Combine(Root, "graph", "collaborations.csr");

    /// <summary>
    /// Works and persons placed in the semantic space, a cache of the store like the graph snapshot (stamped with the
    /// derived generation, rebuilt when stale or damaged, not part of backups).
    /// </summary>
    public string SemanticIndexPath => Path.Combine(Root, "semantic", "semantic.bin");

    /// <summary>Every person's works, institutions and field as scout filters read them, a cache of the store like the semantic index.</summary>
    public string PersonFactsPath => Path.Combine(Root, "facts", "person-facts.bin");

    public string LockPath => Path.Combine(Root, "expertgraph.lock");

    /// <summary>An index being rebuilt; renamed to <see cref="NewIndexPath"/> only once complete.</summary>
    public string PartialIndexPath => Path.Combine(Root, "index.partial");

    /// <summary>A complete rebuilt index waiting to replace <see cref="IndexPath"/> (finished on the next open after a crash).</summary>
    public string NewIndexPath => Path.Combine(Root, "index.new");

    /// <summary>The replaced index, deleted once the new one is in place.</summary>
    public string OldIndexPath => Path.Combine(Root, "index.old");

    /// <summary>A backup being copied in and verified by restore; renamed to <see cref="RestoredPath"/> only once verified.</summary>
    public string PartialRestorePath => Path.Combine(Root, "restore.partial");

    /// <summary>A verified backup waiting to replace the store and the index (finished on the next open after a crash).</summary>
    public string RestoredPath => Path.Combine(Root, "restore.new");


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
