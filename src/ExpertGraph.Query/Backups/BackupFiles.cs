using System.Security.Cryptography;

namespace ExpertGraph.Query.Backups;

/// <summary>File steps shared by backup and restore: durable copies and the manifest's file list.</summary>
internal static class BackupFiles
{
    /// <summary>Copies a file and flushes it to the disk, so a renamed-in backup never holds a file still in the page cache only.</summary>
    public static void CopyDurably(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        using var source = new FileStream(from, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var target = new FileStream(to, FileMode.CreateNew, FileAccess.Write);
        source.CopyTo(target);
        target.Flush(flushToDisk: true);
    }

    public static void CopyFolderDurably(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            CopyDurably(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }

    /// <summary>Every file under <paramref name="root"/> but the manifest, in ordinal path order, with size and SHA-256.</summary>
    public static IReadOnlyList<BackupFile> List(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(file => (File: file, Relative: Path.GetRelativePath(root, file).Replace('\\', '/')))
            .Where(f => !string.Equals(f.Relative, BackupManifest.FileName, StringComparison.Ordinal))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .Select(f => new BackupFile(f.Relative, new FileInfo(f.File).Length, Sha256(f.File)))];

    public static string Sha256(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public static void DeleteFile(string path)
    {
        if (File.Exists(path)) File.Delete(path);
    }
}
