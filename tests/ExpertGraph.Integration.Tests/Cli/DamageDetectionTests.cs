using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Integration.Tests.Cli;

/// <summary>
/// Damaged copies of a real ingested data folder: every command that opens the damaged part stops with exit code 1 and
/// one line naming the file and the fix, writes nothing, and a damaged index is repaired by rebuild-index.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class DamageDetectionTests
{
    private TempDataFolder _temp = null!;
    private string _pristine = "";
    private SortedDictionary<string, List<string>> _pristineWorks = null!;

    public static IEnumerable<TestCaseData> IndexDamages()
    {
        yield return Case("largest .cfs truncated to half", "works", folder => Truncate(Largest(folder, "*.cfs"), half: true), "codec footer mismatch");
        yield return Case("header of the largest .cfs overwritten", "works", folder => Overwrite(Largest(folder, "*.cfs"), 0), "its start is overwritten");
        yield return Case("segments file overwritten inside", "works", folder => Overwrite(Single(folder, "segments_*"), 20), ": checksum failed");
        yield return Case("a segment's .si deleted", "works", folder => File.Delete(Largest(folder, "*.si")), ".si is missing");
        yield return Case("a segment's .cfs deleted in the experts index", "experts", folder => File.Delete(Largest(folder, "*.cfs")), ".cfs is missing");
        yield return Case("segments file deleted", "works", folder => File.Delete(Single(folder, "segments_*")), "segments file is missing");
        yield return Case("deletions file emptied", "works", folder => Truncate(Largest(folder, "*.del"), half: false), "shorter than its checksum footer");

        static TestCaseData Case(string name, string index, Action<string> damage, string detail) =>
            new TestCaseData(index, damage, detail).SetArgDisplayNames(name);
    }

    public static IEnumerable<TestCaseData> StoreDamages()
    {
        yield return Case("truncated to half", store => Truncate(store, half: true), "is damaged (", "truncated");
        yield return Case("header overwritten", store => Overwrite(store, 0), "is damaged (", "not a SQLite database");
        yield return Case("emptied", store => Truncate(store, half: false), "is missing or empty", "holds documents");
        yield return Case("deleted", File.Delete, "is missing or empty", "holds documents");

        static TestCaseData Case(string name, Action<string> damage, string what, string detail) =>
            new TestCaseData(damage, what, detail).SetArgDisplayNames(name);
    }

    [OneTimeSetUp]
    public void IngestRealRecordsOnce()
    {
        _temp = new TempDataFolder("eg-damage-");
        _pristine = _temp.Sub("pristine");
        var ingest = CliProcess.Run([
            "ingest",
            SharedData.Path("records/dblp-xml-sample/dblp-sample.xml"),
            SharedData.Path("records/openalex-works-json"),
            SharedData.Path("records/uspto-patent-xml/go-uspto-test-data"),
            SharedData.Path("records/nsfc-china-grants/19_21/C01"),
            "--data", _pristine]);
        Assert.That(ingest.ExitCode, Is.Zero, ingest.Output);
        Assert.That(Directory.GetFiles(Path.Combine(_pristine, "index", "works"), "*.del"), Is.Not.Empty, "the deletions case needs a .del file");
        _pristineWorks = IndexDocuments.Read(Path.Combine(_pristine, "index", "works"), "key");
    }

    [OneTimeTearDown]
    public void Cleanup() => _temp.Dispose();

    [TestCaseSource(nameof(IndexDamages))]
    public void Commands_IndexDamaged_ExitOneNamingTheIndexThenRebuildIndexRepairsIt(string index, Action<string> damage, string detail)
    {
        var data = Copy();
        var folder = Path.Combine(data, "index", index);
        damage(folder);
        var storeBefore = File.ReadAllBytes(Path.Combine(data, "expertgraph.db"));

        // search reads the works index, person the experts index; stats and ingest open both.
        string[] reader = index == "works" ? ["search", "speech recognition"] : ["person", "Wei Zhang"];
        foreach (string[] command in (string[][])[reader, ["stats"], ["ingest", RepositoryPaths.Path("samples/uspto")]])
        {
            var run = CliProcess.Run([.. command, "--data", data]);
            Assert.That(run.ExitCode, Is.EqualTo(1), command[0] + ": " + run.Output);
            Assert.That(run.Output, Does.Contain($"error: the search index in {folder} is damaged ("), command[0]);
            Assert.That(run.Output, Does.Contain(detail).And.Contain("run expertgraph rebuild-index"), command[0]);
            Assert.That(run.Output, Does.Not.Contain("   at "), command[0] + ": no stack trace");
        }

        Assert.That(File.ReadAllBytes(Path.Combine(data, "expertgraph.db")), Is.EqualTo(storeBefore), "the refused ingest wrote nothing");
        var rebuild = CliProcess.Run(["rebuild-index", "--data", data]);
        Assert.That(rebuild.ExitCode, Is.Zero, rebuild.Output);
        IndexDocuments.AssertEqual(_pristineWorks, IndexDocuments.Read(Path.Combine(data, "index", "works"), "key"), "works after rebuild");
        var search = CliProcess.Run(["search", "speech recognition", "--data", data]);
        Assert.That(search.ExitCode, Is.Zero, search.Output);
        Assert.That(search.Output, Does.Contain("matching works"));
        var person = CliProcess.Run(["person", "Wei Zhang", "--data", data]);
        Assert.That(person.ExitCode, Is.Zero, person.Output);
        Assert.That(person.Output, Does.Contain("persons for \"Wei Zhang\""));
    }

    [TestCaseSource(nameof(StoreDamages))]
    public void Commands_StoreDamaged_ExitOneNamingTheStoreFileAndRestore(Action<string> damage, string what, string detail)
    {
        var data = Copy();
        var store = Path.Combine(data, "expertgraph.db");
        damage(store);

        foreach (string[] command in (string[][])[["search", "speech recognition"], ["stats"], ["ingest", RepositoryPaths.Path("samples/uspto")], ["rebuild-index"]])
        {
            var run = CliProcess.Run([.. command, "--data", data]);
            Assert.That(run.ExitCode, Is.EqualTo(1), command[0] + ": " + run.Output);
            Assert.That(run.Output, Does.Contain($"error: the store file {store} {what}").And.Contain(detail), command[0]);
            Assert.That(run.Output, Does.Contain("expertgraph restore"), command[0]);
            Assert.That(run.Output, Does.Not.Contain("   at "), command[0] + ": no stack trace");
        }

        IndexDocuments.AssertEqual(_pristineWorks, IndexDocuments.Read(Path.Combine(data, "index", "works"), "key"), "the index is left alone");
    }

    private string Copy()
    {
        var data = Path.Combine(_temp.Root, "copy-" + Guid.NewGuid().ToString("N")[..8]);
        FolderCopy.Copy(_pristine, data);
        return data;
    }

    private static string Largest(string folder, string pattern) =>
        new DirectoryInfo(folder).GetFiles(pattern).OrderByDescending(f => f.Length).First().FullName;

    private static string Single(string folder, string pattern) => Directory.GetFiles(folder, pattern).Single();

    private static void Truncate(string file, bool half)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Write);
        stream.SetLength(half ? stream.Length / 2 : 0);
    }

    private static void Overwrite(string file, long offset)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Write);
        stream.Position = offset;
        stream.Write("garbage!garbage!"u8);
    }
}
