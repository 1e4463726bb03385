using ExpertGraph.Core.Storage;
using ExpertGraph.Search.Indexing;

namespace ExpertGraph.Query.Backups;

/// <summary>
/// What a backup holds, written last into it (manifest.json): every file with its size and SHA-256, the store's schema
/// version and row counts, the index's document counts. Restore checks all of it before it replaces anything.
/// </summary>
/// <param name="IndexOnly">The store was not copied (a PostgreSQL store is backed up with pg_dump).</param>
public sealed record BackupManifest(
    int Format,
    DateTimeOffset CreatedAt,
    bool IndexOnly,
    long? SchemaVersion,
    StoreCounts? Store,
    IndexStatistics Index,
    IReadOnlyList<BackupFile> Files)
{
    public const string FileName = "manifest.json";
    public const int CurrentFormat = 1;
    public const string StoreFileName = "expertgraph.db";
    public const string IndexFolderName = "index";
}
