using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Tests.Shared.Stores;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Integration.Tests.Cli;

/// <summary>
/// Several processes on one data folder: two ingests at once (the second waits for the first, then both succeed and the
/// folder ends as after running them one after the other), and readers searching and asking for paths while an ingest
/// writes.
/// </summary>
[TestFixture(StoreKind.Sqlite)]
[TestFixture(StoreKind.Postgres)]
[NonParallelizable]
public sealed class IngestConcurrencyTests(StoreKind kind)
{
    private const string Waiting = "waiting for another ingest of this data folder to finish";
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(3);

    private TempDataFolder _temp = null!;

    [OneTimeSetUp]
    public void CreateFolder()
    {
        _temp = new TempDataFolder("eg-concurrency-");
        TestStores.Create(kind, _temp.Sub("probe")); // ignores the fixture when its store is not available
    }

    [OneTimeTearDown]
    public void Cleanup() => _temp?.Dispose();

    [Test]
    public void Ingest_TwoStartedAtOnceOnOverlappingInputs_BothSucceedAndEndAsOneAfterTheOther()
    {
        // Both read the NSFC tables; each also reads a source of its own.
        string[] left = [RepositoryPaths.Path("samples/openalex"), SharedData.Path("records/nsfc-china-grants/19_21/C01")];
        string[] right = [SharedData.Path("records/nsfc-china-grants/19_21/C01"), RepositoryPaths.Path("samples/uspto")];
        var shared = TestStores.Create(kind, _temp.Sub("at-once"));

        using var leftCli = CliProcess.Start(shared.IngestArguments(left));
        using var rightCli = CliProcess.Start(shared.IngestArguments(right));
        Assert.That(leftCli.WaitForExit(RunTimeout) && rightCli.WaitForExit(RunTimeout), Is.True, "an ingest never finished");

        Assert.That(leftCli.ExitCode, Is.Zero, leftCli.Output);
        Assert.That(rightCli.ExitCode, Is.Zero, rightCli.Output);
        var leftWaited = leftCli.Output.Contains(Waiting, StringComparison.Ordinal);
        var rightWaited = rightCli.Output.Contains(Waiting, StringComparison.Ordinal);
        Assert.That(leftWaited ^ rightWaited, Is.True, $"exactly one ingest must have waited for the other:\n{leftCli.Output}\n---\n{rightCli.Output}");

        // The one that waited ran second: replay that order serially.
        var serial = TestStores.Create(kind, _temp.Sub("one-after-the-other"));
        foreach (var inputs in leftWaited ? [right, left] : new[] { left, right })
        {
            var run = CliProcess.Run(serial.IngestArguments(inputs));
            Assert.That(run.ExitCode, Is.Zero, run.Output);
        }

        Assert.That(FullState.Take(shared), new SameFullStateConstraint(FullState.Take(serial), "the same ingests run one after the other"));
    }

    [Test]
    public void SearchAndPaths_WhileAnIngestRuns_NeverFailAndSeeOnlyWholeBatchesAndGrowingCounts()
    {
        var inputs = MixedInputs.All();
        var sourceAuthors = SourceAuthorCounts.Read(inputs);
        var store = TestStores.Create(kind, _temp.Sub("readers"));

        using var cli = CliProcess.Start(store.IngestArguments(inputs, "--batch-size", "50", "--checkpoint-records", "200"));
        // The store exists (created and migrated) once the first file is being read.
        Assert.That(cli.WaitForLine(line => line.StartsWith("reading ", StringComparison.Ordinal), RunTimeout), Is.Not.Null, cli.Output);
        using var readers = ReadersDuringIngest.Start(store, sourceAuthors);
        Assert.That(cli.WaitForExit(RunTimeout), Is.True, "the ingest never finished");
        readers.Stop();
        TestContext.Out.WriteLine($"store passes: {string.Join(' ', readers.StoredWorksSeen)}\nindex passes: {string.Join(' ', readers.IndexedWorksSeen)}");

        Assert.That(cli.ExitCode, Is.Zero, cli.Output);
        Assert.That(readers.Violations, Is.Empty);
        AssertKeyedInTheEnd(store, readers.KeylessPersonsSeen, cli.Output);
        var final = FullState.Take(store);
        Assert.That(readers.StoredWorksSeen, Has.Some.InRange(1, final["works"].Rows.Count - 1), "the store reader never saw the ingest in progress");
        Assert.That(readers.IndexedWorksSeen, Has.Some.InRange(1, final["index works"].Rows.Count - 1), "the index reader never saw the ingest in progress");
        Assert.That(readers.StoredWorksSeen[^1], Is.EqualTo(final["works"].Rows.Count), "the store reader's last pass reads the finished store");
        Assert.That(readers.IndexedWorksSeen[^1], Is.EqualTo(final["index works"].Rows.Count), "the index reader's last pass reads the finished index");
        // Collaborations are derived in one transaction at the end of the run: a reader sees none or all of them.
        var finalEdges = readers.GraphEdgesSeen[^1];
        Assert.That(finalEdges, Is.GreaterThan(0), "the path reader's last pass reads the finished graph");
        Assert.That(readers.GraphEdgesSeen, Has.All.EqualTo(0L).Or.EqualTo(finalEdges), "a path reader saw a partly derived graph");
    }

    /// <summary>
    /// Persons a reader saw without resolution keys (a read anomaly seen only under heavy load, not yet explained) must
    /// have them once the ingest is done: a person stored without keys could never be found again. The warning carries
    /// what is needed to explain it: the store, each person's keys now, and any store retries the ingest reported.
    /// </summary>
    private static void AssertKeyedInTheEnd(TestStore store, IReadOnlyList<long> keylessSeen, string ingestOutput)
    {
        if (keylessSeen.Count == 0) return;
        using var connection = store.OpenConnection();
        var stillKeyless = DbRow.ReadAll(connection, "SELECT p.id AS id FROM persons p WHERE NOT EXISTS (SELECT 1 FROM person_keys k WHERE k.person_id = p.id)")
            .Select(row => row.Long("id")).ToList();
        Assert.That(stillKeyless, Is.Empty, "persons stored without any resolution key");

        var seen = keylessSeen.ToHashSet();
        var keys = DbRow.ReadAll(connection, "SELECT person_id, key FROM person_keys")
            .Where(row => seen.Contains(row.Long("person_id")))
            .Select(row => $"{row.Long("person_id")}={row.Text("key")}");
        var retries = ingestOutput.Split('\n').Where(line => line.Contains("store unavailable", StringComparison.Ordinal));
        var message = $"{store.Kind}: {keylessSeen.Count} persons were seen without resolution keys during the ingest, all keyed at the end: "
            + $"{string.Join(' ', keys)}; store retries reported: [{string.Join(" | ", retries)}]";
        TestContext.Out.WriteLine("warning: " + message);
        Assert.Warn(message);
    }
}
