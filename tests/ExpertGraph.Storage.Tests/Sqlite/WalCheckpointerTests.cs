using ExpertGraph.Core.Model;
using ExpertGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ExpertGraph.Storage.Tests.Sqlite;

[TestFixture]
public sealed class WalCheckpointerTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("eg-wal-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Commit_SmallerThanTheWritersLimit_IsCopiedIntoTheFileByTheCheckpointThread()
    {
        var path = Path.Combine(_folder, "store.db");
        using var store = SqliteExpertStore.Open(path);
        var before = store.Checkpointer.Runs;
        using (var session = store.BeginWrite())
        {
            for (var i = 0; i < 200; i++)
                session.UpsertWork(new Work(new SourceKey("test", i.ToString(System.Globalization.CultureInfo.InvariantCulture)), WorkKind.Paper, "Title " + i), "hash-" + i);
            session.Commit();
        }

        store.Checkpointer.Drain();

        Assert.That(store.Checkpointer.Runs, Is.GreaterThan(before));
        Assert.That(store.Checkpointer.LastFailure, Is.Null);
        // The log is far below the writer's own limit, so only the thread can have copied it: the database file alone,
        // copied without its log, holds the commit.
        Assert.That(new FileInfo(path + "-wal").Length, Is.GreaterThan(0).And.LessThan(WalCheckpointer.WriterAutoCheckpointPages * 4096L));
        var fileAlone = Path.Combine(_folder, "file-alone.db");
        File.Copy(path, fileAlone);
        Assert.That(CountWorks(fileAlone), Is.EqualTo(200));
    }

    [Test]
    public void Request_AfterDispose_IsIgnored()
    {
        var checkpointer = new WalCheckpointer("Data Source=" + Path.Combine(_folder, "none.db"));
        checkpointer.Dispose();

        Assert.DoesNotThrow(checkpointer.Request);
        Assert.That(checkpointer.Runs, Is.Zero);
    }

    [Test]
    public void Request_OfAStoreThatCannotBeOpened_KeepsTheFailureAndTheThreadServesTheNextRequest()
    {
        var missing = Path.Combine(_folder, "no-such-folder", "store.db");
        using var checkpointer = new WalCheckpointer("Data Source=" + missing + ";Mode=ReadWrite");

        checkpointer.Request();
        checkpointer.Drain();
        Assert.That(checkpointer.LastFailure, Is.InstanceOf<SqliteException>());

        checkpointer.Request();
        checkpointer.Drain();
        Assert.That(checkpointer.Runs, Is.EqualTo(2), "the thread survived the first failure");
    }

    private static long CountWorks(string path)
    {
        using var connection = new SqliteConnection("Data Source=" + path + ";Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM works";
        return (long)command.ExecuteScalar()!;
    }
}
