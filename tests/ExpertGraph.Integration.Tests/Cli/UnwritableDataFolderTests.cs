using System.Runtime.Versioning;
using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Integration.Tests.Cli;

/// <summary>
/// Ingest into a data folder that cannot be written (read-only, a file in its place, a disk that fills up): one clear
/// error line, nothing half-written, and once the folder is writable again a rerun ends where an uninterrupted run does.
/// </summary>
[TestFixture]
[NonParallelizable]
[UnsupportedOSPlatform("windows")]
public sealed class UnwritableDataFolderTests
{
    private TempDataFolder _temp = null!;

    [SetUp]
    public void CreateFolder() => _temp = new TempDataFolder("eg-unwritable-");

    [TearDown]
    public void DeleteFolder() => _temp.Dispose();

    private static string[] RealInputs() =>
    [
        SharedData.Path("records/dblp-xml-sample/dblp-sample.xml"),
        SharedData.Path("records/openalex-works-json"),
        SharedData.Path("records/uspto-patent-xml"),
        SharedData.Path("records/nsfc-china-grants"),
    ];

    [Test]
    public void Ingest_DataFolderReadOnly_OneErrorNothingWrittenAndRerunCompletes()
    {
        var data = _temp.Sub("data");
        Assert.That(CliProcess.Run(["ingest", RepositoryPaths.Path("samples/dblp"), "--data", data]).ExitCode, Is.Zero);
        var before = FileHashes.Of(data);

        (int ExitCode, string Output) refused;
        using (ReadOnlyFolder.Make(data))
            refused = CliProcess.Run(["ingest", RepositoryPaths.Path("samples/openalex"), "--data", data]);

        AssertOneError(refused, data, "writable");
        Assert.That(FileHashes.Of(data), Is.EqualTo(before), "every file as it was, none added");
        AssertRerunEqualsUninterrupted(data, [RepositoryPaths.Path("samples/dblp")], [RepositoryPaths.Path("samples/openalex")]);
    }

    [Test]
    public void Ingest_IndexFolderReadOnly_StoreLeftUntouched()
    {
        var data = _temp.Sub("data");
        Assert.That(CliProcess.Run(["ingest", RepositoryPaths.Path("samples/dblp"), "--data", data]).ExitCode, Is.Zero);
        var before = FileHashes.Of(data);

        (int ExitCode, string Output) refused;
        using (ReadOnlyFolder.Make(Path.Combine(data, "index")))
            refused = CliProcess.Run(["ingest", RepositoryPaths.Path("samples/openalex"), "--data", data]);

        // The store is writable, but the index writer is opened before the first store write: the store gains nothing
        // an index would then lack.
        AssertOneError(refused, data, "is not writable");
        Assert.That(FileHashes.Of(data), Is.EqualTo(before));
        AssertRerunEqualsUninterrupted(data, [RepositoryPaths.Path("samples/dblp")], [RepositoryPaths.Path("samples/openalex")]);
    }

    [Test]
    public void Ingest_FileWhereTheDataFolderShouldBe_OneClearError()
    {
        var file = Path.Combine(_temp.Root, "data");
        File.WriteAllText(file, "not a folder");

        var refused = CliProcess.Run(["ingest", RepositoryPaths.Path("samples/dblp"), "--data", file]);

        AssertOneError(refused, file, "is a file, not a folder");
        Assert.That(File.ReadAllText(file), Is.EqualTo("not a folder"));
    }

    // The data folder is whole, but one part of it lives on a small disk (the index folder is a symbolic link), so the
    // part that fills up is known: the store (its write-ahead log) or the index (Lucene's first flush).
    [TestCase(true)]
    [TestCase(false)]
    public void Ingest_DiskFillsUp_OneErrorThenRerunWithSpaceEqualsUninterruptedRun(bool storeOnTheSmallDisk)
    {
        using var disk = SmallDisk.Mount(Path.Combine(_temp.Root, "disk"), storeOnTheSmallDisk ? "3m" : "1m");
        var data = storeOnTheSmallDisk ? Path.Combine(disk.MountPoint, "data") : _temp.Sub("data");
        Directory.CreateDirectory(data);
        var index = storeOnTheSmallDisk ? _temp.Sub("index") : Directory.CreateDirectory(Path.Combine(disk.MountPoint, "index")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(data, "index"), index);

        var full = CliProcess.Run(["ingest", .. RealInputs(), "--data", data]);

        AssertOneError(full, data, "no space left on the disk of the data folder");
        Assert.That(full.Output, Does.Contain(storeOnTheSmallDisk ? "SQLite Error 13" : Path.Combine(data, "index", "works")));
        disk.Resize("64m");
        var rerun = CliProcess.Run(["ingest", .. RealInputs(), "--data", data]);
        Assert.That(rerun.ExitCode, Is.Zero, rerun.Output);

        var uninterrupted = _temp.Sub("uninterrupted");
        Assert.That(CliProcess.Run(["ingest", .. RealInputs(), "--data", uninterrupted]).ExitCode, Is.Zero);
        Assert.That(DataSnapshot.Take(data), Is.EqualTo(DataSnapshot.Take(uninterrupted)));
        IndexDocuments.AssertEqual(
            IndexDocuments.Read(Path.Combine(uninterrupted, "index", "works"), "key"),
            IndexDocuments.Read(Path.Combine(data, "index", "works"), "key"),
            "works after the rerun");
    }

    private void AssertRerunEqualsUninterrupted(string data, string[] first, string[] second)
    {
        var rerun = CliProcess.Run(["ingest", .. second, "--data", data]);
        Assert.That(rerun.ExitCode, Is.Zero, rerun.Output);
        var uninterrupted = _temp.Sub("uninterrupted");
        Assert.That(CliProcess.Run(["ingest", .. first, "--data", uninterrupted]).ExitCode, Is.Zero);
        Assert.That(CliProcess.Run(["ingest", .. second, "--data", uninterrupted]).ExitCode, Is.Zero);
        Assert.That(DataSnapshot.Take(data), Is.EqualTo(DataSnapshot.Take(uninterrupted)));
    }

    private static void AssertOneError((int ExitCode, string Output) run, string folder, string reason)
    {
        Assert.That(run.ExitCode, Is.EqualTo(1), run.Output);
        var errors = run.Output.Split('\n').Where(line => line.Contains("error", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.That(errors, Has.Count.EqualTo(1), run.Output);
        Assert.That(errors[0], Does.StartWith("error: ").And.Contain(folder).And.Contain(reason));
        Assert.That(run.Output, Does.Not.Contain("   at "), "no stack trace");
    }
}
