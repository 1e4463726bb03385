using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Grants;

/// <summary>The NSFC folder's grant CSVs and its other CSVs (discipline code lists), as paths relative to shared/data.</summary>
internal static class NsfcGrantFiles
{
    public const string Folder = "records/nsfc-china-grants";

    /// <summary>Code lists beside the grant files: same folder, same extension, not grants.</summary>
    public static readonly string[] CodeLists =
    [
        Folder + "/output.csv",
        Folder + "/output_C.csv",
        Folder + "/output_H.csv",
        Folder + "/subcodes.csv",
        Folder + "/blacklist/subcodes_C.csv",
    ];

    /// <summary>Every grant CSV; when shared data is absent, the folder itself, so that the test is ignored rather than missing.</summary>
    public static IEnumerable<string> All()
    {
        if (SharedData.RootOrNull is not { } root) return [Folder];
        var folder = Path.Combine(root, Folder);
        return Directory.EnumerateFiles(folder, "*.csv", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Except(CodeLists, StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
    }

    /// <summary>Every file under records/ that belongs to another format.</summary>
    public static IEnumerable<string> OtherFormats()
    {
        if (SharedData.RootOrNull is not { } root) return ["records"];
        var records = Path.Combine(root, "records");
        return Directory.EnumerateFiles(records, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(path => !path.StartsWith(Folder + "/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
    }
}
