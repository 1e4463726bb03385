using System.Formats.Tar;
using System.Text.Json;
using ExpertGraph.Core.Model;
using ExpertGraph.Query.Maintenance;
using ExpertGraph.Search.Indexing;
using ExpertGraph.Storage.Sqlite;

namespace ExpertGraph.Query.Backups;

/// <summary>
/// Writes one consistent snapshot of a data folder: the store through SQLite's online backup API and the files of the
/// index's last commit, both while the caller holds the data folder's writer lock, so no ingest or rebuild commits in
/// between (the lock, not a Lucene deletion policy, keeps the commit's files from being merged away mid-copy: no
/// index writer can be open). Both copies are verified whole (SQLite integrity check, Lucene checksums) before the
/// manifest is written; a damaged store or index is refused, not backed up.
/// The snapshot is assembled in "&lt;target&gt;.partial" and renamed (or archived, for a .tar target) only when complete.
/// </summary>
internal static class BackupWriter
{
    private static readonly string[] IndexNames = ["works", "experts"];

    public static BackupManifest Write(SqliteExpertStore? store, DataDirectory data, string target, TimeProvider time)
    {
        var full = Path.GetFullPath(target);
        if (File.Exists(full) || Directory.Exists(full))
            throw new DataFolderException($"the backup target {full} already exists: choose a new name (a backup never overwrites one)");
        if (full.StartsWith(data.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new DataFolderException($"the backup target {full} is inside the data folder {data.Root}: a backup must survive losing the folder, choose a path outside it");

        var archive = full.EndsWith(".tar", StringComparison.Ordinal);
        var stage = full + ".partial";
        var stageArchive = full + ".partial.tar";
        DataFolderSwap.DeleteFolder(stage);
        BackupFiles.DeleteFile(stageArchive);
        Directory.CreateDirectory(stage);
        try
        {
            var manifest = Snapshot(store, data, stage, time);
            if (archive)
            {
                using (var stream = new FileStream(stageArchive, FileMode.CreateNew, FileAccess.Write))
                {
                    TarFile.CreateFromDirectory(stage, stream, includeBaseDirectory: false);
                    stream.Flush(flushToDisk: true);
                }

                File.Move(stageArchive, full);
                DataFolderSwap.DeleteFolder(stage);
            }
            else
            {
                Directory.Move(stage, full);
            }

            return manifest;
        }
        catch
        {
            DataFolderSwap.DeleteFolder(stage);
            BackupFiles.DeleteFile(stageArchive);
            throw;
        }
    }

    private static BackupManifest Snapshot(SqliteExpertStore? store, DataDirectory data, string stage, TimeProvider time)
    {
        long? schemaVersion = null;
        Core.Storage.StoreCounts? counts = null;
        if (store is not null)
        {
            var copy = Path.Combine(stage, BackupManifest.StoreFileName);
            store.BackupTo(copy);
            using var copied = SqliteExpertStore.Open(copy);
            if (copied.FindDamage() is { } damage)
                throw new DataFolderException($"the store file {data.StorePath} is damaged (integrity check: {damage}): backup refused; restore an earlier backup (expertgraph restore <backup>)");
            schemaVersion = copied.ReadSchemaVersion();
            counts = copied.Count();
        }

        foreach (var name in IndexNames)
            CopyLastCommit(Path.Combine(data.IndexPath, name), Path.Combine(stage, BackupManifest.IndexFolderName, name));

        var manifest = new BackupManifest(
            BackupManifest.CurrentFormat,
            time.GetUtcNow(),
            IndexOnly: store is null,
            schemaVersion,
            counts,
            IndexStatistics.Read(Path.Combine(stage, BackupManifest.IndexFolderName)),
            BackupFiles.List(stage));
        using var output = new FileStream(Path.Combine(stage, BackupManifest.FileName), FileMode.CreateNew, FileAccess.Write);
        JsonSerializer.Serialize(output, manifest, BackupJson.Default.BackupManifest);
        output.Flush(flushToDisk: true);
        return manifest;
    }

    private static void CopyLastCommit(string folder, string target)
    {
        if (!IndexIntegrity.HasIndexFiles(folder)) return;
        IndexIntegrity.ThrowIfDamaged(folder);
        foreach (var file in IndexIntegrity.CommitFiles(folder)) BackupFiles.CopyDurably(Path.Combine(folder, file), Path.Combine(target, file));
        try
        {
            IndexIntegrity.VerifyChecksums(target);
        }
        catch (IndexDamagedException ex)
        {
            // The copies are byte for byte the originals: name the index the user has, not the half-made backup.
            throw new IndexDamagedException(folder, $"{ex.Detail}; backup refused", ex);
        }
    }
}
