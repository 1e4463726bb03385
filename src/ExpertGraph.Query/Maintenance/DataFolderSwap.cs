namespace ExpertGraph.Query.Maintenance;

/// <summary>
/// Puts a complete new index (rebuild-index) or a verified backup (restore) in place of the data folder's own. The new
/// content is first made complete beside the old (index.partial, restore.partial) and then renamed to its "new" name in
/// one step; only then does replacing start, by renames that can each be repeated. A crash at any point leaves either
/// the old content or a complete new one waiting, and <see cref="FinishPending"/> (run on every open) puts it in place.
/// </summary>
internal static class DataFolderSwap
{
    private const string StoreFileName = "expertgraph.db";
    private const string IndexFolderName = "index";

    /// <summary>Whether a replacement or its leftovers are in the folder (finished or removed by <see cref="FinishPending"/>).</summary>
    public static bool HasPending(DataDirectory directory) =>
        Directory.Exists(directory.RestoredPath) || Directory.Exists(directory.NewIndexPath) || Directory.Exists(directory.OldIndexPath)
        || Directory.Exists(directory.PartialIndexPath) || Directory.Exists(directory.PartialRestorePath);

    /// <summary>
    /// Finishes a replacement a crash interrupted and removes what unfinished work left behind. Call it only while
    /// holding the data folder lock: otherwise these may be the work in progress of a running rebuild or restore.
    /// </summary>
    public static void FinishPending(DataDirectory directory)
    {
        if (Directory.Exists(directory.RestoredPath)) FinishRestore(directory);
        if (Directory.Exists(directory.NewIndexPath)) ReplaceIndex(directory, directory.NewIndexPath);
        DeleteFolder(directory.OldIndexPath);
        DeleteFolder(directory.PartialIndexPath);
        DeleteFolder(directory.PartialRestorePath);
    }

    /// <summary>Replaces the data folder's index with the complete index folder <paramref name="completeIndex"/>.</summary>
    public static void ReplaceIndex(DataDirectory directory, string completeIndex)
    {
        // An index.old here is from an interrupted replacement whose new index is complete and waiting: not needed.
        DeleteFolder(directory.OldIndexPath);
        if (Directory.Exists(directory.IndexPath)) Directory.Move(directory.IndexPath, directory.OldIndexPath);
        Directory.Move(completeIndex, directory.IndexPath);
        DeleteFolder(directory.OldIndexPath);
    }

    /// <summary>Moves a verified backup's store and index (restore.new) into place, store first.</summary>
    public static void FinishRestore(DataDirectory directory)
    {
        var store = Path.Combine(directory.RestoredPath, StoreFileName);
        if (File.Exists(store))
        {
            // The old store's write-ahead log and shared memory belong to the old file: left beside the restored one,
            // SQLite would replay the old log into it.
            File.Delete(directory.StorePath + "-wal");
            File.Delete(directory.StorePath + "-shm");
            File.Move(store, directory.StorePath, overwrite: true);
        }

        var index = Path.Combine(directory.RestoredPath, IndexFolderName);
        if (Directory.Exists(index)) ReplaceIndex(directory, index);
        DeleteFolder(directory.RestoredPath);
    }

    public static void DeleteFolder(string path)
    {
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
    }
}
