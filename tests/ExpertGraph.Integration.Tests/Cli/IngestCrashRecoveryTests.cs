using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Tests.Shared.Stores;

namespace ExpertGraph.Integration.Tests.Cli;

/// <summary>
/// kill -9 at a seeded random moment of an ingest (sometimes a second time during the rerun), then run it again to the
/// end: the store and both indexes must equal those of one uninterrupted run, row for row and document for document
/// (<see cref="FullState"/>). Batches of 50 and checkpoints every 200 records over ~2,600 records in 35 files of four
/// formats put the kills inside batches' files, between commits, between groups and between a group's index commit and
/// its checkpoint. Each test prints its seed and kill points.
/// </summary>
[TestFixture(StoreKind.Sqlite)]
[TestFixture(StoreKind.Postgres)]
[NonParallelizable]
public sealed class IngestCrashRecoveryTests(StoreKind kind)
{
    private static readonly string[] Options = ["--batch-size", "50", "--checkpoint-records", "200"];
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(3);

    private TempDataFolder _temp = null!;
    private string[] _inputs = [];
    private FullState _uninterrupted = null!;
    private IReadOnlyList<TimedLine> _timeline = [];

    [OneTimeSetUp]
    public void IngestOnceWithoutInterruption()
    {
        _temp = new TempDataFolder("eg-crash-");
        var store = TestStores.Create(kind, _temp.Sub("uninterrupted"));
        _inputs = MixedInputs.All();
        using var cli = CliProcess.Start(store.IngestArguments(_inputs, Options));
        Assert.That(cli.WaitForExit(RunTimeout), Is.True, "the uninterrupted run did not finish");
        Assert.That(cli.ExitCode, Is.Zero, cli.Output);
        _timeline = cli.Lines;
        _uninterrupted = FullState.Take(store);
        Assert.That(_uninterrupted["works"].Rows, Has.Count.GreaterThan(2000), "the uninterrupted run stored too little to compare against");
    }

    [OneTimeTearDown]
    public void Cleanup() => _temp?.Dispose();

    [TestCase(11)]
    [TestCase(23)]
    [TestCase(37)]
    [TestCase(41)]
    [TestCase(59)]
    [TestCase(73)]
    public void Ingest_KilledAtSeededMomentsThenRerun_EqualsUninterruptedRunRowForRowAndDocForDoc(int seed)
    {
        var random = new Random(seed);
        var plan = KillPlan.Choose(random, _timeline);
        var killTwice = random.Next(2) == 1;
        var secondDelay = TimeSpan.FromMilliseconds(random.Next(0, 1500));
        TestContext.Out.WriteLine($"seed {seed}: first kill {plan}");

        TestStore store = null!;
        var killed = false;
        for (var attempt = 1; attempt <= 3 && !killed; attempt++, plan = plan.Earlier(_timeline))
        {
            // A run faster than the reference may end before a late kill point: try an earlier one in a fresh folder.
            store = TestStores.Create(kind, _temp.Sub($"seed-{seed}-attempt-{attempt}"));
            using var cli = CliProcess.Start(store.IngestArguments(_inputs, Options));
            killed = cli.KillAfter(line => line == plan.AfterLine, plan.Delay, RunTimeout) is not null;
            TestContext.Out.WriteLine(killed ? $"killed {plan}" : $"the run ended before {plan}:\n{cli.Output}");
        }

        Assert.That(killed, Is.True, "no run was killed before its end; the test proved nothing");
        if (killTwice)
        {
            using var rerun = CliProcess.Start(store.IngestArguments(_inputs, Options));
            var firstReading = rerun.KillAfter(line => line.StartsWith("reading ", StringComparison.Ordinal), secondDelay, RunTimeout);
            TestContext.Out.WriteLine(firstReading is null
                ? "second kill: the rerun ended first"
                : $"second kill {secondDelay.TotalMilliseconds:F0} ms after \"{firstReading}\"");
        }

        var final = CliProcess.Run(store.IngestArguments(_inputs, Options));

        Assert.That(final.ExitCode, Is.Zero, final.Output);
        Assert.That(FullState.Take(store), new SameFullStateConstraint(_uninterrupted, "an uninterrupted run"));
    }
}
