namespace ExpertGraph.Ingestion.Pipeline;

/// <summary>Expands the paths a user gives (files and folders) into an ordered list of files.</summary>
public static class InputFiles
{
    /// <summary>
    /// Files in a stable order (ordinal by full path) so that every run, and a run resumed after a crash, reads them in
    /// the same order. Hidden files and folders (".git") are left out of folder walks.
    /// </summary>
    public static IReadOnlyList<InputFile> Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new SortedDictionary<string, InputFile>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (File.Exists(full))
            {
                files[full] = new InputFile(full, Explicit: true);
            }
            else if (Directory.Exists(full))
            {
                var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = false };
                foreach (var file in Directory.EnumerateFiles(full, "*", options))
                {
                    if (IsHidden(file, full)) continue;
                    files.TryAdd(file, new InputFile(file, Explicit: false));
                }
            }
            else
            {
                throw new FileNotFoundException($"{path}: no such file or folder", path);
            }
        }

        return [.. files.Values];
    }

    private static bool IsHidden(string file, string root)
    {
        var relative = Path.GetRelativePath(root, file);
        foreach (var part in relative.Split(Path.DirectorySeparatorChar))
            if (part.StartsWith('.')) return true;
        return false;
    }
}
