using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Tests.Shared.Stores;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Integration.Tests.Postgres;

/// <summary>
/// The PostgreSQL server stops in the middle of an ingest (pg_ctl stop -m immediate: the server's own crash) and comes
/// back. The run either rides it out with retries or stops with a clear error and resumes on the next run; either way
/// the final store and index equal an uninterrupted run's row for row and document for document (<see cref="FullState"/>),
/// with nothing lost and nothing twice.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class PostgresRestartTests
{
    private PostgresTestServer _server = null!;
    private TempDataFolder _temp = null!;
    private string[] _inputs = [];
    private FullState _uninterrupted = null!;

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
        var store = TestStores.Create(StoreKind.Postgres, _temp.Sub("uninterrupted"));
        var run = CliProcess.Run(Ingest(store));
        Assert.That(run.Output, Does.Contain("records: read"), run.Output);
        _uninterrupted = FullState.Take(store);
    }

    [OneTimeTearDown]
    public void Cleanup() => _temp?.Dispose();

    [Test]
    public void Ingest_ServerRestartsMidway_RetriesAndEqualsUninterruptedRun()
    {
        var store = TestStores.Create(StoreKind.Postgres, _temp.Sub("restarted"));
        using (var cli = CliProcess.Start(Ingest(store)))
        {
            WaitForCompletedFiles(cli, 3);
            _server.StopImmediately();
            Thread.Sleep(1500);
            _server.StartAgain();
            Assert.That(cli.WaitForExit(TimeSpan.FromMinutes(5)), Is.True);
            Assert.That(cli.ExitCode, Is.Zero, cli.Output);
            Assert.That(cli.Output, Does.Contain("store unavailable"), "the restart did not reach the run; the test proved nothing:\n" + cli.Output);
        }

        Assert.That(FullState.Take(store), new SameFullStateConstraint(_uninterrupted, "an uninterrupted run"));
    }

    [Test]
    public void Ingest_ServerDownLongerThanTheRetries_StopsWithAClearErrorThenResumes()
    {
        var store = TestStores.Create(StoreKind.Postgres, _temp.Sub("stopped"));
        using (var cli = CliProcess.Start([.. Ingest(store), "--store-retries", "2"]))
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

        var rerun = CliProcess.Run(Ingest(store));

        Assert.That(rerun.ExitCode, Is.Zero, rerun.Output);
        Assert.That(FullState.Take(store), new SameFullStateConstraint(_uninterrupted, "an uninterrupted run"));
    }

    private string[] Ingest(TestStore store) => store.IngestArguments(_inputs, "--batch-size", "50", "--checkpoint-records", "200");

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
