using System.Formats.Tar;
using System.Text.Json;
using ExpertGraph.Core.Model;
using ExpertGraph.Query.Maintenance;
using ExpertGraph.Search.Indexing;
using ExpertGraph.Storage.Sqlite;

namespace ExpertGraph.Query.Backups;

/// <summary>
/// Restores a backup (folder or .tar) into a data folder: copied into restore.partial beside the current data, checked
/// against its manifest there (every file's size and SHA-256, no file more or less, the store's integrity, schema
/// version and counts, the index's checksums and document counts), renamed to restore.new once it passed, and only
/// then moved in place of the store and the index (<see cref="DataFolderSwap.FinishRestore"/>). A backup that fails any
/// check is refused and the data folder is left exactly as it was.
/// </summary>
internal static class BackupRestorer
{
    public static BackupManifest Restore(DataDirectory data, string source)
    {
        var backup = Path.GetFullPath(source);
        if (!File.Exists(backup) && !Directory.Exists(backup)) throw new DataFolderException($"no backup at {backup}");

        var stage = data.PartialRestorePath;
        DataFolderSwap.DeleteFolder(stage);
        BackupManifest manifest;
        try
        {
            if (Directory.Exists(backup)) BackupFiles.CopyFolderDurably(backup, stage);
            else Extract(backup, stage, data);
            manifest = Verify(stage);
        }
        catch (Exception ex) when (Refusal(ex) is { } detail)
        {
            DataFolderSwap.DeleteFolder(stage);
            throw new DataFolderException($"the backup {backup} cannot be restored ({detail}): nothing was restored, {data.Root} is as it was", ex);
        }
        catch
        {
            DataFolderSwap.DeleteFolder(stage);
            throw;
        }

        File.Delete(Path.Combine(stage, BackupManifest.FileName));
        Directory.Move(stage, data.RestoredPath);
        DataFolderSwap.FinishRestore(data);
        return manifest;
    }

    private static void Extract(string archive, string stage, DataDirectory data)
    {
        Directory.CreateDirectory(stage);
        try
        {
            // TarFile refuses entries that would land outside the destination folder ("../", absolute paths, links).
            TarFile.ExtractToDirectory(archive, stage, overwriteFiles: false);
        }
        catch (IOException ex) when (DataFolderFailures.Explain(ex, data) is null)
        {
            throw new BackupRefusedException($"the archive cannot be read: {ex.Message}", ex);
        }
    }

    private static BackupManifest Verify(string stage)
    {
        var manifestPath = Path.Combine(stage, BackupManifest.FileName);
        if (!File.Exists(manifestPath)) throw new BackupRefusedException($"{BackupManifest.FileName} is missing: not a complete expertgraph backup");
        BackupManifest manifest;
        using (var stream = File.OpenRead(manifestPath))
            manifest = JsonSerializer.Deserialize(stream, BackupJson.Default.BackupManifest) ?? throw new BackupRefusedException($"{BackupManifest.FileName} is empty");
        if (manifest.Format > BackupManifest.CurrentFormat || manifest.SchemaVersion > SqliteExpertStore.SchemaVersion)
            throw new BackupRefusedException("made by a newer expertgraph: restore it with that version");

        VerifyFiles(stage, manifest);
        var store = Path.Combine(stage, BackupManifest.StoreFileName);
        if (manifest.IndexOnly == File.Exists(store))
            throw new BackupRefusedException(manifest.IndexOnly ? "an index-only backup that holds a store file" : $"{BackupManifest.StoreFileName} is missing");
        if (!manifest.IndexOnly)
        {
            using var restored = SqliteExpertStore.Open(store);
            if (restored.FindDamage() is { } damage) throw new BackupRefusedException($"{BackupManifest.StoreFileName} fails SQLite's integrity check: {damage}");
            if (restored.Count() != manifest.Store) throw new BackupRefusedException($"{BackupManifest.StoreFileName} holds other row counts than the manifest");
        }

        var index = Path.Combine(stage, BackupManifest.IndexFolderName);
        IndexIntegrity.VerifyChecksums(Path.Combine(index, "works"));
        IndexIntegrity.VerifyChecksums(Path.Combine(index, "experts"));
        if (IndexStatistics.Read(index) != manifest.Index) throw new BackupRefusedException("the index holds other document counts than the manifest");
        return manifest;
    }

    private static void VerifyFiles(string stage, BackupManifest manifest)
    {
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in manifest.Files)
        {
            var path = Path.GetFullPath(Path.Combine(stage, file.Path));
            if (Path.IsPathRooted(file.Path) || !path.StartsWith(stage + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                throw new BackupRefusedException($"{file.Path} is not a path inside the backup");
            if (!File.Exists(path)) throw new BackupRefusedException($"{file.Path} is missing");
            var size = new FileInfo(path).Length;
            if (size != file.Size) throw new BackupRefusedException($"{file.Path} has {size:N0} bytes where the manifest says {file.Size:N0}: truncated or altered");
            if (!string.Equals(BackupFiles.Sha256(path), file.Sha256, StringComparison.OrdinalIgnoreCase))
                throw new BackupRefusedException($"{file.Path} does not match its SHA-256 in the manifest: altered or damaged");
            listed.Add(file.Path);
        }

        if (BackupFiles.List(stage).FirstOrDefault(f => !listed.Contains(f.Path)) is { } extra)
            throw new BackupRefusedException($"{extra.Path} is not listed in the manifest");
    }

    /// <summary>Why the backup is refused, for failures that come from the backup itself; null for others (the data folder's own).</summary>
    private static string? Refusal(Exception exception) => exception switch
    {
        BackupRefusedException => exception.Message,
        IndexDamagedException damaged => "its index is damaged: " + damaged.Detail,
        StoreException or JsonException or InvalidDataException or EndOfStreamException => exception.Message,
        _ => null,
    };
}
