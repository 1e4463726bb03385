using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Pipeline;
using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Query;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Integration.Tests.Query;

/// <summary>The data-folder ingest lock: one ingest at a time, the next one waits, and gives up with a clear error.</summary>
[TestFixture]
public sealed class IngestLockTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private TempDataFolder _temp = null!;
    private string _lockPath = "";

    [SetUp]
    public void CreateFolder()
    {
        _temp = new TempDataFolder("eg-lock-");
        _lockPath = new DataDirectory(_temp.Root).LockPath;
    }

    [TearDown]
    public void Cleanup() => _temp.Dispose();

    [Test]
    public async Task AcquireAsync_FreeFolder_TakesTheLockWithoutWaiting()
    {
        var waitingMessages = new List<string>();

        using var taken = await IngestLock.AcquireAsync(_lockPath, TimeSpan.Zero, waitingMessages.Add, TimeProvider.System, CancellationToken.None);

        Assert.That(waitingMessages, Is.Empty);
    }

    [Test]
    public async Task AcquireAsync_HeldByAnother_ReportsWaitingOnceAndTakesTheLockWhenReleased()
    {
        var first = await IngestLock.AcquireAsync(_lockPath, TimeSpan.Zero, null, TimeProvider.System, CancellationToken.None);
        var waitingMessages = new List<string>();
        using var reported = new SemaphoreSlim(0);

        var second = IngestLock.AcquireAsync(_lockPath, TimeSpan.FromMinutes(5), message =>
        {
            lock (waitingMessages) waitingMessages.Add(message);
            reported.Release();
        }, TimeProvider.System, CancellationToken.None);
        Assert.That(await reported.WaitAsync(Patience), Is.True, "the second ingest never reported that it waits");
        // Several polls happen while the first holds the lock; none may succeed.
        await Task.Delay(300);
        Assert.That(second.IsCompleted, Is.False, "the second ingest took a lock the first still holds");
        first.Dispose();
        using var taken = await second.WaitAsync(Patience);

        Assert.That(waitingMessages, Is.EqualTo(new[] { $"waiting for another ingest of this data folder to finish… ({_temp.Root})" }));
    }

    [Test]
    public async Task AcquireAsync_HeldPastTheTimeout_FailsNamingTheFolderAndTheLockFile()
    {
        using var first = await IngestLock.AcquireAsync(_lockPath, TimeSpan.Zero, null, TimeProvider.System, CancellationToken.None);

        var failure = Assert.ThrowsAsync<ExpertGraphException>(() => IngestLock.AcquireAsync(_lockPath, TimeSpan.FromMilliseconds(200), null, TimeProvider.System, CancellationToken.None));

        Assert.That(failure.Message, Does.StartWith($"another ingest of {_temp.Root} was still running after "));
        Assert.That(failure.Message, Does.Contain(_lockPath));
    }

    [Test]
    public async Task IngestAsync_WhileAnotherIngestHoldsTheFolder_FailsAfterTheLockTimeoutHavingWrittenNothing()
    {
        using var workspace = Workspace.Open(new DataDirectory(_temp.Root));
        using var other = await IngestLock.AcquireAsync(_lockPath, TimeSpan.Zero, null, TimeProvider.System, CancellationToken.None);
        var waitingMessages = new List<string>();

        Assert.ThrowsAsync<ExpertGraphException>(() => workspace.IngestAsync(
            [RepositoryPaths.Path("samples/dblp")], new IngestionOptions { LockTimeout = TimeSpan.FromMilliseconds(200) }, null, waitingMessages.Add, CancellationToken.None));

        Assert.That(waitingMessages, Has.Count.EqualTo(1));
        Assert.That(workspace.Store.Count().Works, Is.Zero);
        Assert.That(Directory.Exists(workspace.Directory.IndexPath), Is.False, "the index writer was opened without the lock");
    }

    [Test]
    public void Validate_NegativeLockTimeout_IsRejected()
    {
        var options = new IngestionOptions { LockTimeout = TimeSpan.FromSeconds(-1) };

        Assert.That(options.Validate, Throws.ArgumentException.With.Message.Contains("LockTimeout must not be negative"));
    }
}
