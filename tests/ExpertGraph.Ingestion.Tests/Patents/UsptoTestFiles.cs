using ExpertGraph.Ingestion.Patents;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Patents;

/// <summary>The real USPTO files under shared/data/records/uspto-patent-xml, read through the reader under test.</summary>
internal static class UsptoTestFiles
{
    public const string Folder = "records/uspto-patent-xml";

    /// <summary>Paths relative to shared/data of every *.xml/*.XML file; just the folder when shared data is absent,
    /// so the test that receives it is ignored (or fails under CI) through <see cref="SharedData.Path"/>.</summary>
    public static IEnumerable<string> All()
    {
        if (SharedData.RootOrNull is not { } root) return [Folder];
        var folder = System.IO.Path.Combine(root, Folder);
        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            .Select(path => System.IO.Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
    }

    public static List<ReadResult> Read(string relative)
    {
        var path = SharedData.Path(relative.StartsWith("records/", StringComparison.Ordinal) ? relative : Folder + "/" + relative);
        using var stream = File.OpenRead(path);
        return [.. new UsptoPatentReader().Read(stream, path)];
    }

    public static Core.Model.Work Single(string relative)
    {
        var results = Read(relative);
        Assert.That(results, Has.Count.EqualTo(1));
        Assert.That(results[0].Outcome, Is.EqualTo(ReadOutcome.Record), results[0].ToString);
        return results[0].Work!;
    }
}
