namespace ExpertGraph.Integration.Tests.Support;

/// <summary>What a data folder holds besides the store file.</summary>
internal static class DataFolderLayout
{
    /// <summary>Caches of the store, built by searches and graph commands whenever missing: never staging.</summary>
    private static readonly HashSet<string> Caches = new(StringComparer.Ordinal) { "semantic", "graph", "facts" };

    /// <summary>The folder's subfolders other than caches, by name, ordered: what "no staging left" is checked on.</summary>
    public static IEnumerable<string> FoldersWithoutCaches(string root) =>
        Directory.GetDirectories(root).Select(path => Path.GetFileName(path)).Where(name => !Caches.Contains(name)).Order(StringComparer.Ordinal);
}
