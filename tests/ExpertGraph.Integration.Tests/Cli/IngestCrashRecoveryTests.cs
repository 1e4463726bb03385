using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Integration.Tests.Cli;

/// <summary>
/// kill -9 in the middle of an ingest, then run it again: the store's rows and the index's documents must equal those of
/// one uninterrupted run. The input is every real record of the four formats (about 11,700 records in 334 files) with
/// small batches and checkpoints every 200 records, so the kill lands between commits, inside a file, between files,
/// and between a group's index commit and its checkpoint.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class IngestCrashRecoveryTests
{
    private TempDataFolder _temp = null!;
    private string[] _inputs = [];
    private DataSnapshot _uninterrupted = null!;

    [OneTimeSetUp]
    public void IngestOnceWithoutInterruption()
    {
        _inputs =
        [
            SharedData.Path("records/dblp-xml-sample/dblp-sample.xml"),
            SharedData.Path("records/openalex-works-json"),
            SharedData.Path("records/uspto-patent-xml"),
            SharedData.Path("records/nsfc-china-grants"),
        ];
        _temp = new TempDataFolder("eg-crash-");
        var data = _temp.Sub("uninterrupted");
        var run = CliProcess.Run(["ingest", .. _inputs, "--data", data, "--batch-size", "100", "--checkpoint-records", "200"]);
        Assert.That(run.Output, Does.Contain("records: read"), run.Output);
        _uninterrupted = DataSnapshot.Take(data);
    }

    [OneTimeTearDown]
    public void Cleanup() => _temp.Dispose();

    [TestCase(1)]
    [TestCase(40)]
    [TestCase(150)]
    public void Ingest_KilledAfterSomeFilesThenRerun_EqualsUninterruptedRun(int completedFilesBeforeKill)
    {
        var data = _temp.Sub("killed-after-" + completedFilesBeforeKill);
        var completed = 0;
        using var killed = new ManualResetEventSlim();
        using (var cli = CliProcess.Start(["ingest", .. _inputs, "--data", data, "--batch-size", "100", "--checkpoint-records", "200"]))
        {
            cli.LineWritten += line =>
            {
                if (!line.StartsWith("completed ", StringComparison.Ordinal)) return;
                if (Interlocked.Increment(ref completed) != completedFilesBeforeKill) return;
                cli.Kill(); // SIGKILL: no finally blocks, no flush, no dispose.
                killed.Set();
            };
            Assert.That(cli.WaitForExit(TimeSpan.FromMinutes(5)), Is.True);
            Assert.That(killed.IsSet, Is.True, "the run ended before the kill point; the test proved nothing:\n" + cli.Output);
            Assert.That(cli.Output, Does.Not.Contain("records: read"), "the process was killed before its summary");
        }

        var rerun = CliProcess.Run(["ingest", .. _inputs, "--data", data, "--batch-size", "100", "--checkpoint-records", "200"]);

        Assert.That(rerun.Output, Does.Contain("records: read"), rerun.Output);
        Assert.That(DataSnapshot.Take(data), Is.EqualTo(_uninterrupted));
    }

    [Test]
    public void Ingest_KilledInsideAFileThenRerun_EqualsUninterruptedRun()
    {
        var data = _temp.Sub("killed-inside");
        using (var cli = CliProcess.Start(["ingest", .. _inputs, "--data", data, "--batch-size", "20", "--checkpoint-records", "200"]))
        {
            // The DBLP file comes first in path order; its 1,288 records take 65 batches. Kill once the store has
            // committed some of them but the file is not complete.
            var store = Path.Combine(data, "expertgraph.db");
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (DateTime.UtcNow < deadline && !cli.Output.Contains("reading ", StringComparison.Ordinal)) Thread.Sleep(5);
            Thread.Sleep(150);
            cli.Kill();
            Assert.That(cli.WaitForExit(TimeSpan.FromMinutes(1)), Is.True);
            Assert.That(cli.Output, Does.Not.Contain("records: read"), "the run ended before the kill:\n" + cli.Output);
            Assert.That(File.Exists(store), Is.True);
        }

        var rerun = CliProcess.Run(["ingest", .. _inputs, "--data", data, "--batch-size", "20", "--checkpoint-records", "200"]);

        Assert.That(rerun.Output, Does.Contain("records: read"), rerun.Output);
        Assert.That(DataSnapshot.Take(data), Is.EqualTo(_uninterrupted));
    }
}
