using ExpertGraph.Core.Storage;
using ExpertGraph.Storage.Sqlite;
using ExpertGraph.Storage.Tests.Contract;

namespace ExpertGraph.Storage.Tests.Sqlite;

[TestFixture]
public sealed class SqliteExpertStoreTests : ExpertStoreContractTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("eg-store-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    protected override IExpertStore CreateStore() => SqliteExpertStore.Open(Path.Combine(_folder, "store.db"));

    [Test]
    public void Open_ExistingFile_KeepsCommittedRows()
    {
        using (var store = CreateStore())
        {
            using var session = store.BeginWrite();
            session.SetFileCheckpoint(new FileCheckpoint("/f", "h", 1, "x", FileStatus.Completed));
            session.Commit();
        }

        using var reopened = CreateStore();
        Assert.That(reopened.Count().Files, Is.EqualTo(1));
    }
}
