using ExpertGraph.Core.Model;
using ExpertGraph.Query.Backups;
using ExpertGraph.Query.Maintenance;
using ExpertGraph.Storage.Sqlite;

namespace ExpertGraph.Query;

public sealed partial class Workspace
{
    /// <summary>
    /// Writes a consistent snapshot of the store and the index to <paramref name="target"/> (a new folder, or a .tar
    /// file), with a manifest restore verifies. <paramref name="indexOnly"/> leaves the store out (a server store is
    /// backed up with its own tools). Other writers are kept out for the whole run.
    /// </summary>
    public BackupManifest Backup(string target, bool indexOnly)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        var sqlite = _store as SqliteExpertStore;
        if (!indexOnly && sqlite is null)
            throw new ExpertGraphException("the store is on PostgreSQL: back it up with pg_dump -Fc, and the index with expertgraph backup --index-only (docs/storage.md)");
        using var writing = LockForWriting("back up");
        return Guarded(Directory, () => BackupWriter.Write(indexOnly ? null : sqlite, Directory, target, TimeProvider.System));
    }

    /// <summary>
    /// Replaces the store and the index of <paramref name="directory"/> with a backup's, after verifying all of it; a
    /// backup that fails verification leaves the folder as it was. No workspace may be open on the folder meanwhile
    /// (the store may be the damaged thing restore repairs, so this opens none).
    /// </summary>
    public static BackupManifest Restore(DataDirectory directory, string source)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        return Guarded(directory, () =>
        {
            System.IO.Directory.CreateDirectory(directory.Root);
            using var writing = DataFolderLock.Acquire(directory, "restore");
            DataFolderSwap.FinishPending(directory);
            return BackupRestorer.Restore(directory, source);
        });
    }
}
