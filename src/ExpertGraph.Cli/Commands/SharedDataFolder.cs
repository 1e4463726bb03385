namespace ExpertGraph.Cli.Commands;

/// <summary>Finds a folder of the shared public data: $EXPERTGRAPH_SHARED_DATA/&lt;name&gt;, else shared/data/&lt;name&gt; above the current folder or the program.</summary>
internal static class SharedDataFolder
{
    public static string? Find(string name)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("EXPERTGRAPH_SHARED_DATA");
        if (!string.IsNullOrEmpty(fromEnvironment)) return Path.Combine(fromEnvironment, name);
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data", name);
                if (Directory.Exists(candidate)) return candidate;
            }
        }

        return null;
    }
}
