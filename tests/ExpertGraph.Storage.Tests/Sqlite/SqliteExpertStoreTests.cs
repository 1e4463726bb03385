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

    [Test]
    public void Open_StoreOfSchemaVersion17_MovesEachWorksTagRowsIntoOneRowWithTheSameValues()
    {
        var path = Path.Combine(_folder, "v17.db");
        using (var connection = new SqliteConnection("Data Source=" + path + ";Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = string.Concat(StoreSchema.Migrations.Where(m => m.Version <= 17).Select(m => SqlDialect.Sqlite.Render(m.Template))) + """
                CREATE TABLE schema_info (version INTEGER NOT NULL);
                INSERT INTO schema_info VALUES (17);
                INSERT INTO works (id, source, source_id, kind, title, content_hash) VALUES (1, 'test', '1', 1, 'T', 'h1'), (2, 'test', '2', 1, 'U', 'h2');
                INSERT INTO work_concepts (work_id, concept_id, weight, matched) VALUES
                    (1, 'MESH:D004562', 0.4000000059604645, 1), (1, 'ACM:10010455', 0.25, 0), (1, 'MESH:D014876', 1.0, 1);
                """;
            command.ExecuteNonQuery();
        }

        using var store = SqliteExpertStore.Open(path);
        var works = store.ReadWorks(CancellationToken.None).ToDictionary(w => w.Work.Key.Id, w => w.Work.Concepts);
        Assert.That(works["1"], Is.EqualTo(new[]
        {
            new WorkConcept("MESH:D014876", 1.0f, true), new WorkConcept("MESH:D004562", 0.4f, true), new WorkConcept("ACM:10010455", 0.25f, false),
        }), "the same tags, heaviest first");
        Assert.That(works["2"], Is.Empty, "a work without tags has no row");
        using var check = new SqliteConnection("Data Source=" + path + ";Pooling=False");
        check.Open();
        using var tables = check.CreateCommand();
        tables.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name = 'work_concepts'";
        Assert.That(tables.ExecuteScalar(), Is.EqualTo(0L), "the rows per tag are gone");
    }

    [Test]
    public void ReplaceConcepts_NewTagsThenNone_KeepsOneRowThenRemovesIt()
    {
        using var store = CreateStore();
        WorkId id;
        using (var session = store.BeginWrite())
        {
            id = session.UpsertWork(new Work(new SourceKey("test", "1"), WorkKind.Paper, "T") { Concepts = [new WorkConcept("A:1", 0.5f, true)] }, "h").Id;
            session.ReplaceConcepts(id, [new WorkConcept("B:2", 0.3f, true), new WorkConcept("A:1", 0.1f, false), new WorkConcept("A:1", 0.2f, true)]);
            session.Commit();
        }

        Assert.That(store.ReadWorks(CancellationToken.None).Single().Work.Concepts,
            Is.EqualTo(new[] { new WorkConcept("B:2", 0.3f, true), new WorkConcept("A:1", 0.2f, true) }), "replaced whole; a repeated id keeps its last tag");
        using (var session = store.BeginWrite())
        {
            session.ReplaceConcepts(id, []);
            session.Commit();
        }

        Assert.That(store.ReadWorks(CancellationToken.None).Single().Work.Concepts, Is.Empty);
    }
}
