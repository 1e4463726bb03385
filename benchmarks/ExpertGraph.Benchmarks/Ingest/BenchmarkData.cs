namespace ExpertGraph.Benchmarks.Ingest;

/// <summary>Real input files for the benchmarks, from ../shared/data (EXPERTGRAPH_SHARED_DATA overrides).</summary>
internal static class BenchmarkData
{
    public static string Records(string relative) => Existing(Path.Combine(Root(), "records", relative));

    public static string Graphs(string relative) => Existing(Path.Combine(Root(), "graphs", relative));

    private static string Root()
    {
        var root = Environment.GetEnvironmentVariable("EXPERTGRAPH_SHARED_DATA");
        if (string.IsNullOrEmpty(root))
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data");
                if (Directory.Exists(candidate)) { root = candidate; break; }
            }
        }

        return root ?? throw new DirectoryNotFoundException("../shared/data not found; set EXPERTGRAPH_SHARED_DATA");
    }

    private static string Existing(string path) => File.Exists(path) ? path : throw new FileNotFoundException("benchmark input missing", path);
}
