namespace ExpertGraph.Tests.Shared;

/// <summary>
/// Locates ../shared/data (the real public data sets the tests read). A clone without it still builds; tests that need it
/// are ignored with a reason, except under CI=true, where a missing folder fails them.
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    public static string? RootOrNull => Root.Value;

    /// <summary>Absolute path of a file or folder under shared/data, or ignores (fails under CI) the calling test.</summary>
    public static string Path(string relative)
    {
        var root = Root.Value;
        if (root is null)
        {
            const string reason = "needs ../shared/data (real records), which this checkout does not have";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                Assert.Fail(reason + " (CI=true: shared data must be present)");
            Assert.Ignore(reason);
        }

        var full = System.IO.Path.Combine(root!, relative);
        if (!File.Exists(full) && !Directory.Exists(full)) Assert.Fail($"shared data file missing: {full}");
        return full;
    }

    private static string? FindRoot()
    {
        var fromEnv = Environment.GetEnvironmentVariable("EXPERTGRAPH_SHARED_DATA");
        if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(fromEnv)) return fromEnv;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "records"))) return candidate;
        }

        return null;
    }
}
