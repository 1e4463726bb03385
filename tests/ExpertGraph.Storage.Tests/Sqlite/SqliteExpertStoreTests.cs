using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Storage.Schema;
using ExpertGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ExpertGraph.Storage.Tests.Sqlite;

[TestFixture]
public sealed class SqliteExpertStoreTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("eg-store-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private IExpertStore CreateStore() => SqliteExpertStore.Open(Path.Combine(_folder, "store.db"));

    [Test]
    public void Open_StoreOfSchemaVersion2_AddsCountryCodesAndLetsTheNextIngestRestoreThem()
    {
        var path = Path.Combine(_folder, "v2.db");
        using (var connection = new SqliteConnection("Data Source=" + path + ";Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = SqlDialect.Sqlite.Render(StoreSchema.Migrations.Single(m => m.Version == 2).Template) + """
                CREATE TABLE schema_info (version INTEGER NOT NULL);
                INSERT INTO schema_info VALUES (2);
                INSERT INTO works (source, source_id, kind, title, content_hash) VALUES ('test', '1', 1, 'T', 'hash-v2');
                """;
            command.ExecuteNonQuery();
        }

        using var store = SqliteExpertStore.Open(path);
        var work = new Work(new SourceKey("test", "1"), WorkKind.Paper, "T")
        {
            Authors = [new AuthorMention("Ann Lee", 1) { Affiliations = [new AffiliationMention("MIT") { CountryCode = "US" }] }],
        };
        WorkUpsert upsert;
        using (var session = store.BeginWrite())
        {
            upsert = session.UpsertWork(work, "hash-v2");
            session.Commit();
        }

        Assert.That(upsert.Outcome, Is.EqualTo(UpsertOutcome.Updated), "a work stored before version 3 is written again, with its countries");
        Assert.That(store.ReadWorks(CancellationToken.None).Single().CountryCodes, Is.EqualTo(new[] { "US" }));
    }
}
