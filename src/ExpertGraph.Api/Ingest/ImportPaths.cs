using System.Globalization;
using ExpertGraph.Api.Requests;

namespace ExpertGraph.Api.Ingest;

/// <summary>
/// The files an ingest over HTTP may read: paths relative to the import root that stay inside it (DESIGN: paths given
/// to import cannot escape their folders). Refused, each problem named: an empty or absolute path, a <c>..</c> segment,
/// a path that is no file or folder, and a symbolic link, on the way or inside a folder to be read, whose target lies
/// outside the root.
/// </summary>
internal static class ImportPaths
{
    /// <summary>The import root as paths are compared with it: full, and where it is itself a link, where that leads.</summary>
    public static string Root(string importRoot) => RealPath(Path.GetFullPath(importRoot));

    public static IReadOnlyList<string> Resolve(string importRoot, IReadOnlyList<string?>? paths, ParameterReader read)
    {
        var root = Root(importRoot);
        var resolved = new List<string>();
        if (paths is null || paths.Count == 0)
        {
            read.Add("paths: give at least one file or folder, relative to the import root");
            return resolved;
        }

        if (paths.Count > ApiLimits.MaxIngestPaths)
        {
            read.Add(string.Create(CultureInfo.InvariantCulture, $"paths: {paths.Count} paths, more than the limit of {ApiLimits.MaxIngestPaths} per request"));
            return resolved;
        }

        for (var i = 0; i < paths.Count; i++)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"paths[{i}] '{paths[i]}'");
            if (Check(root, paths[i], at) is { } problem) read.Add(problem);
            else resolved.Add(Path.GetFullPath(Path.Combine(root, paths[i]!)));
        }

        return resolved;
    }

    private static string? Check(string root, string? path, string at)
    {
        if (string.IsNullOrWhiteSpace(path)) return $"{at} is empty";
        if (path.Any(char.IsControl)) return $"{at} holds a control character";
        if (Path.IsPathRooted(path) || path.StartsWith('\\') || path.StartsWith('~')) return $"{at} is absolute: give it relative to the import root";
        if (path.Split('/', '\\').Any(segment => segment == "..")) return $"{at} goes up with '..': give a path inside the import root";
        var full = Path.GetFullPath(Path.Combine(root, path));
        if (!Inside(root, full)) return $"{at} is outside the import root";
        if (!File.Exists(full) && !Directory.Exists(full)) return $"{at} is no file or folder under the import root";
        if (LinkOut(root, full) is { } link) return $"{at} leads out of the import root through the link '{Path.GetRelativePath(root, link)}'";
        return null;
    }

    /// <summary>The first symbolic link on the way from the root to <paramref name="full"/>, or under it, that points outside the root.</summary>
    private static string? LinkOut(string root, string full)
    {
        var current = root;
        foreach (var segment in Path.GetRelativePath(root, full).Split(Path.DirectorySeparatorChar).Where(s => s is not ("" or ".")))
        {
            current = Path.Combine(current, segment);
            if (Escapes(root, current)) return current;
        }

        if (!Directory.Exists(full)) return null;
        // The ingest reads every file below a folder, links included: each must stay inside too.
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
        return Directory.EnumerateFileSystemEntries(full, "*", options).FirstOrDefault(entry => Escapes(root, entry));
    }

    private static bool Escapes(string root, string path)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (info.LinkTarget is null) return false;
        var target = info.ResolveLinkTarget(returnFinalTarget: true);
        return target is null || !Inside(root, RealPath(target.FullName));
    }

    /// <summary>The path with its own link resolved (a root that is itself a link is compared by where it leads).</summary>
    private static string RealPath(string path)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        return info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target ? Path.GetFullPath(target.FullName) : path;
    }

    private static bool Inside(string root, string path) =>
        string.Equals(path, root, StringComparison.Ordinal)
        || path.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
