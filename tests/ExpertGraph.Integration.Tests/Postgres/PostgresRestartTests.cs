using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Query;
using ExpertGraph.Tests.Shared.Stores;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Integration.Tests.Postgres;

/// <summary>
/// The PostgreSQL server stops in the middle of an ingest (pg_ctl stop -m immediate: the server's own crash) and comes
/// back. The run either rides it out with retries or stops with a clear error and resumes on the next run; either way
/// the final store and index equal an uninterrupted run's, with nothing lost and nothing twice.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class PostgresRestartTests
{
    private PostgresTestServer _server = null!;
    private TempDataFolder _temp = null!;
    private string[] _inputs = [];
    private DataSnapshot _uninterrupted = null!;
    private readonly List<TestStoreLocation> _stores = [];

    [OneTimeSetUp]
    public void IngestOnceWithoutInterruption()
    {
        _inputs =
        [
            SharedData.Path("records/dblp-xml-sample/dblp-sample.xml"),
            SharedData.Path("records/openalex-works-json"),
            SharedData.Path("records/uspto-patent-xml"),
        ];
        _server = PostgresTestServer.Require();
        if (!_server.IsPrivate) Assert.Ignore("restarting the server needs the private test cluster, not " + PostgresTestServer.EnvironmentVariable);
        _temp = new TempDataFolder("eg-pg-restart-");
        var (data, store) = NewWorkspace("uninterrupted");
        var run = CliProcess.Run(Ingest(data, store));
        Assert.That(run.Output, Does.Contain("records: read"), run.Output);
        _uninterrupted = Snapshot(data, store);
    }

    [OneTimeTearDown]
    public void Cleanup()
    {
        foreach (var store in _stores) store.Dispose();
        _temp?.Dispose();
    }

    [Test]
    public void Ingest_ServerRestartsMidway_RetriesAndEqualsUninterruptedRun()
    {
        var (data, store) = NewWorkspace("restarted");
        using (var cli = CliProcess.Start(Ingest(data, store)))
        {
            WaitForCompletedFiles(cli, 3);
            _server.StopImmediately();
            Thread.Sleep(1500);
            _server.StartAgain();
            Assert.That(cli.WaitForExit(TimeSpan.FromMinutes(5)), Is.True);
            Assert.That(cli.ExitCode, Is.Zero, cli.Output);
            Assert.That(cli.Output, Does.Contain("store unavailable"), "the restart did not reach the run; the test proved nothing:\n" + cli.Output);
        }

        Assert.That(Snapshot(data, store), Is.EqualTo(_uninterrupted));
    }

    [Test]
    public void Ingest_ServerDownLongerThanTheRetries_StopsWithAClearErrorThenResumes()
    {
        var (data, store) = NewWorkspace("stopped");
        using (var cli = CliProcess.Start([.. Ingest(data, store), "--store-retries", "2"]))
        {
            WaitForCompletedFiles(cli, 3);
            _server.StopImmediately();
            try
            {
                Assert.That(cli.WaitForExit(TimeSpan.FromMinutes(2)), Is.True);
                Assert.That(cli.ExitCode, Is.EqualTo(1), cli.Output);
                Assert.That(cli.Output, Does.Contain("error: PostgreSQL store:").And.Contain("run the same command again to resume"));
            }
            finally
            {
                _server.StartAgain();
            }
        }

        var rerun = CliProcess.Run(Ingest(data, store));

        Assert.That(rerun.ExitCode, Is.Zero, rerun.Output);
        Assert.That(Snapshot(data, store), Is.EqualTo(_uninterrupted));
    }

    private (string Data, TestStoreLocation Store) NewWorkspace(string name)
    {
        var store = TestStoreLocation.Create(StoreKind.Postgres);
        _stores.Add(store);
        return (_temp.Sub(name), store);
    }

    private string[] Ingest(string data, TestStoreLocation store) =>
        ["ingest", .. _inputs, "--data", data, .. store.CliArguments, "--batch-size", "50", "--checkpoint-records", "200"];

    private static DataSnapshot Snapshot(string data, TestStoreLocation store) =>
        DataSnapshot.Take(new DataDirectory(data) { Store = store.Location });

    private static void WaitForCompletedFiles(CliProcess cli, int files)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline && CountCompleted(cli.Output) < files && !cli.WaitForExit(TimeSpan.Zero)) Thread.Sleep(10);
        Assert.That(CountCompleted(cli.Output), Is.GreaterThanOrEqualTo(files), "the run never got going:\n" + cli.Output);
        Assert.That(cli.Output, Does.Not.Contain("records: read"), "the run finished before the server stopped; the test proved nothing");
    }

    private static int CountCompleted(string output) =>
        output.Split('\n').Count(line => line.StartsWith("completed ", StringComparison.Ordinal));
}
