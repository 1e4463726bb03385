using System.Text;
using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Integration.Tests.Cli;

/// <summary>
/// backup writes one verified snapshot of the store and the index; restore puts it back only after checking every file
/// against the manifest, and otherwise leaves the data folder exactly as it was. On a real ingested data folder.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class BackupRestoreTests
{
    private static readonly string[] Queries = ["speech recognition", "biodiversity", "微生物"];

    private TempDataFolder _temp = null!;
    private string _source = "";
    private string _folderBackup = "";
    private string _tarBackup = "";

    public static IEnumerable<TestCaseData> Tamperings()
    {
        yield return Case("a byte of the store changed", backup => Overwrite(Path.Combine(backup, "expertgraph.db"), 5000), "expertgraph.db does not match its SHA-256");
        yield return Case("an index file truncated", backup => Truncate(Largest(backup, "*.cfs")), "has ");
        yield return Case("an index file deleted", backup => File.Delete(Largest(backup, "*.si")), ".si is missing");
        yield return Case("a file added", backup => File.WriteAllText(Path.Combine(backup, "index", "works", "_9.cfs"), "x"), "index/works/_9.cfs is not listed in the manifest");
        yield return Case("the manifest deleted", backup => File.Delete(Path.Combine(backup, "manifest.json")), "manifest.json is missing");
        yield return Case("the manifest's counts edited", backup => Replace(Path.Combine(backup, "manifest.json"), "\"persons\": ", "\"persons\": 1"), "other row counts than the manifest");
        yield return Case("the manifest garbled", backup => Truncate(Path.Combine(backup, "manifest.json")), "cannot be restored (");

        static TestCaseData Case(string name, Action<string> tamper, string detail) => new TestCaseData(tamper, detail).SetArgDisplayNames(name);
    }

    [OneTimeSetUp]
    public void IngestAndBackUpOnce()
    {
        _temp = new TempDataFolder("eg-backup-");
        _source = _temp.Sub("source");
        var ingest = CliProcess.Run([
            "ingest",
            SharedData.Path("records/dblp-xml-sample/dblp-sample.xml"),
            SharedData.Path("records/openalex-works-json"),
            SharedData.Path("records/nsfc-china-grants/19_21/C01"),
            "--data", _source]);
        Assert.That(ingest.ExitCode, Is.Zero, ingest.Output);
        _folderBackup = Path.Combine(_temp.Root, "backup");
        _tarBackup = Path.Combine(_temp.Root, "backup.tar");
        foreach (var target in (string[])[_folderBackup, _tarBackup])
        {
            var backup = CliProcess.Run(["backup", target, "--data", _source]);
            Assert.That(backup.ExitCode, Is.Zero, backup.Output);
            Assert.That(backup.Output, Does.Contain("backup written to " + target));
        }
    }

    [OneTimeTearDown]
    public void Cleanup() => _temp.Dispose();

    [TestCase(false)]
    [TestCase(true)]
    public void Restore_IntoAFreshFolder_EqualsTheOriginal(bool fromTar)
    {
        var restored = Path.Combine(_temp.Root, "restored-" + (fromTar ? "tar" : "folder"));

        var run = CliProcess.Run(["restore", fromTar ? _tarBackup : _folderBackup, "--data", restored]);

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(DataSnapshot.Take(restored), Is.EqualTo(DataSnapshot.Take(_source)));
        foreach (var (index, key) in (ValueTuple<string, string>[])[("works", "key"), ("experts", "person_id")])
        {
            IndexDocuments.AssertEqual(
                IndexDocuments.Read(Path.Combine(_source, "index", index), key), IndexDocuments.Read(Path.Combine(restored, "index", index), key), index);
        }

        Assert.That(Queries.Select(q => Answer(restored, "search", q)), Is.EqualTo(Queries.Select(q => Answer(_source, "search", q))));
        Assert.That(Answer(restored, "person", "Wei Zhang"), Is.EqualTo(Answer(_source, "person", "Wei Zhang")));
        Assert.That(DataFolderLayout.FoldersWithoutCaches(restored), Is.EqualTo(new[] { "index" }), "no staging left");
    }

    [TestCaseSource(nameof(Tamperings))]
    public void Restore_TamperedBackupOverAnExistingFolder_RefusedAndTheFolderKept(Action<string> tamper, string detail)
    {
        var backup = Path.Combine(_temp.Root, "tampered-" + Guid.NewGuid().ToString("N")[..8]);
        FolderCopy.Copy(_folderBackup, backup);
        tamper(backup);
        var existing = ExistingFolder();
        var before = FileHashes.Of(existing);

        var run = CliProcess.Run(["restore", backup, "--data", existing]);

        Assert.That(run.ExitCode, Is.EqualTo(1), run.Output);
        Assert.That(run.Output, Does.StartWith($"error: the backup {backup} cannot be restored (").And.Contain(detail));
        Assert.That(run.Output, Does.Contain($"nothing was restored, {existing} is as it was"));
        Assert.That(FileHashes.Of(existing), Is.EqualTo(before), "every file of the existing folder as it was, none added");
    }

    [Test]
    public void Restore_TruncatedArchive_RefusedAndTheFolderKept()
    {
        var archive = Path.Combine(_temp.Root, "truncated.tar");
        File.Copy(_tarBackup, archive);
        Truncate(archive);
        var existing = ExistingFolder();
        var before = FileHashes.Of(existing);

        var run = CliProcess.Run(["restore", archive, "--data", existing]);

        Assert.That(run.ExitCode, Is.EqualTo(1), run.Output);
        Assert.That(run.Output, Does.StartWith($"error: the backup {archive} cannot be restored ("));
        Assert.That(FileHashes.Of(existing), Is.EqualTo(before));
    }

    [Test]
    public void Backup_IndexOnly_RestoresTheIndexAndLeavesTheStore()
    {
        var backup = Path.Combine(_temp.Root, "index-only");
        var written = CliProcess.Run(["backup", backup, "--index-only", "--data", _source]);
        Assert.That(written.ExitCode, Is.Zero, written.Output);
        Assert.That(File.Exists(Path.Combine(backup, "expertgraph.db")), Is.False);
        var damaged = ExistingFolder(copyOfSource: true);
        File.Delete(Directory.GetFiles(Path.Combine(damaged, "index", "works"), "segments_*").Single());
        var store = FileHashes.Of(damaged)["expertgraph.db"];

        var run = CliProcess.Run(["restore", backup, "--data", damaged]);

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(run.Output, Does.Contain("index only (the store was not touched"));
        Assert.That(FileHashes.Of(damaged)["expertgraph.db"], Is.EqualTo(store));
        Assert.That(Answer(damaged, "search", "speech recognition"), Is.EqualTo(Answer(_source, "search", "speech recognition")));
    }

    [Test]
    public void Backup_IndexDamagedInsideAFile_RefusedAndNoBackupLeft()
    {
        var damaged = ExistingFolder(copyOfSource: true);
        // Bytes in the middle of a compound file: opening does not read them, the backup's full checksum pass does.
        var cfs = Largest(Path.Combine(damaged, "index", "works"), "*.cfs");
        Overwrite(cfs, new FileInfo(cfs).Length / 2);
        var target = Path.Combine(_temp.Root, "from-damaged");

        var run = CliProcess.Run(["backup", target, "--data", damaged]);

        Assert.That(run.ExitCode, Is.EqualTo(1), run.Output);
        Assert.That(run.Output, Does.Contain($"error: the search index in {Path.Combine(damaged, "index", "works")} is damaged (").And.Contain("checksum failed"));
        Assert.That(run.Output, Does.Contain("backup refused"));
        Assert.That(Directory.Exists(target) || Directory.Exists(target + ".partial"), Is.False);
        var check = CliProcess.Run(["check", "--data", damaged]);
        Assert.That(check.ExitCode, Is.EqualTo(1), check.Output);
        Assert.That(check.Output, Does.Contain("checksum failed"));
    }

    [Test]
    public void Backup_WhileAnIngestRuns_RefusedNamingTheOtherWriter()
    {
        var busy = ExistingFolder(copyOfSource: true);
        using var ingest = CliProcess.Start(["ingest", SharedData.Path("records/uspto-patent-xml"), SharedData.Path("records/nsfc-china-grants"), "--data", busy]);
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (!ingest.Output.Contains("reading ", StringComparison.Ordinal) && DateTime.UtcNow < deadline) Thread.Sleep(10);

        var run = CliProcess.Run(["backup", Path.Combine(_temp.Root, "busy"), "--data", busy]);

        Assert.That(ingest.Output, Does.Not.Contain("records: read"), "the ingest ended before the backup started; the test proved nothing");
        Assert.That(run.ExitCode, Is.EqualTo(1), run.Output);
        Assert.That(run.Output, Does.Contain("cannot back up: another expertgraph process is writing to the data folder " + busy));
    }

    private string ExistingFolder(bool copyOfSource = false)
    {
        var folder = Path.Combine(_temp.Root, "existing-" + Guid.NewGuid().ToString("N")[..8]);
        if (copyOfSource)
        {
            FolderCopy.Copy(_source, folder);
            return folder;
        }

        var ingest = CliProcess.Run(["ingest", RepositoryPaths.Path("samples/uspto"), "--data", folder]);
        Assert.That(ingest.ExitCode, Is.Zero, ingest.Output);
        return folder;
    }

    private static string Answer(string data, string command, string query)
    {
        var run = CliProcess.Run([command, query, "--data", data]);
        Assert.That(run.ExitCode, Is.Zero, run.Output);
        return run.Output;
    }

    private static string Largest(string folder, string pattern) =>
        new DirectoryInfo(folder).GetFiles(pattern, SearchOption.AllDirectories).OrderByDescending(f => f.Length).First().FullName;

    private static void Truncate(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Write);
        stream.SetLength(stream.Length / 2);
    }

    private static void Overwrite(string file, long offset)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Write);
        stream.Position = offset;
        stream.Write("garbage!garbage!"u8);
    }

    private static void Replace(string file, string text, string replacement) =>
        File.WriteAllText(file, File.ReadAllText(file, Encoding.UTF8).Replace(text, replacement, StringComparison.Ordinal), Encoding.UTF8);
}
