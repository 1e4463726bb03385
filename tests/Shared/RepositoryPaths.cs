namespace ExpertGraph.Tests.Shared;

/// <summary>Paths inside this repository (samples/, lexicon/), found from the test binaries upward.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ExpertGraph.sln"))) return dir.FullName;
        throw new InvalidOperationException("ExpertGraph.sln not found above " + AppContext.BaseDirectory);
    });

    public static string RepositoryRoot => Root.Value;

    public static string Path(string relative) => System.IO.Path.Combine(Root.Value, relative);
}
