using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.WebOfScience;

/// <summary>The Web of Science exports under shared/data/records, as paths relative to shared/data.</summary>
internal static class WosFiles
{
    public const string MetaknowledgeTests = "records/metaknowledge-tests/metaknowledge/tests/";
    public const string SavedRecs = "records/metaknowledge-tests/docs/examples/savedrecs.txt";
    public const string TabFolder = "records/scientopy-wos/dataInExample/";

    /// <summary>Field-tagged plain text exports (metaknowledge's test files and its documentation example).</summary>
    public static readonly string[] Tagged =
    [
        MetaknowledgeTests + "OnePaper.isi",
        MetaknowledgeTests + "OnePaper2.isi",
        MetaknowledgeTests + "OnePaperNoCites.isi",
        MetaknowledgeTests + "SimplePaper.isi",
        MetaknowledgeTests + "TwoPaper.isi",
        MetaknowledgeTests + "ManyAuthors.isi",
        MetaknowledgeTests + "testFile.isi",
        MetaknowledgeTests + "badFile.isi",
        SavedRecs,
    ];

    /// <summary>Tab-delimited exports (ScientoPy's example: "Bluetooth low energy", 4,071 records over five files).</summary>
    public static readonly string[] Tab =
    [
        TabFolder + "wos_2026_04_02_1000.txt",
        TabFolder + "wos_2026_04_02_2000.txt",
        TabFolder + "wos_2026_04_02_3000.txt",
        TabFolder + "wos_2026_04_02_4000.txt",
        TabFolder + "wos_2026_04_02_4071.txt",
    ];

    /// <summary>Every file under records/, relative to shared/data; when shared data is absent, the folder itself, so the test is ignored rather than missing.</summary>
    public static IEnumerable<string> AllRecordFiles()
    {
        if (SharedData.RootOrNull is not { } root) return ["records"];
        return Directory.EnumerateFiles(Path.Combine(root, "records"), "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
    }

    public static byte[] Head(string path)
    {
        using var stream = File.OpenRead(path);
        var head = new byte[64 * 1024];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return head[..length];
    }

    public static List<ReadResult> Read(IRecordReader reader, string relativePath)
    {
        var path = SharedData.Path(relativePath);
        using var stream = File.OpenRead(path);
        return reader.Read(stream, path).ToList();
    }

    public static List<ReadResult> Read(IRecordReader reader, byte[] bytes, string name = "corrupted.txt")
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return reader.Read(stream, name).ToList();
    }
}
