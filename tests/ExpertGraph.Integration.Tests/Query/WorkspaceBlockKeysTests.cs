using System.Data.Common;
using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Pipeline;
using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Query;
using ExpertGraph.Tests.Shared;
using ExpertGraph.Tests.Shared.Stores;
using Microsoft.Data.Sqlite;

namespace ExpertGraph.Integration.Tests.Query;

/// <summary>Name blocks (schema 7) written by an ingest, and back-filled for mentions stored without them.</summary>
[TestFixture(StoreKind.Sqlite)]
[TestFixture(StoreKind.Postgres)]
public sealed class WorkspaceBlockKeysTests(StoreKind kind)
{
    // samples/openalex/keypaper_results_page_1.json: two works, the authors' display names read off the file.
    private static readonly (string BlockKey, int Mentions)[] KeypaperBlocks =
    [
        ("alperin|j", 1),       // Juan Pablo Alperín
        ("aria|m", 1),          // Massimo Aria
        ("cuccurullo|c", 1),    // Corrado Cuccurullo
        ("farley|a", 1),        // Ashley Farley
        ("haustein|s", 1),      // Stefanie Haustein
        ("lariviere|v", 1),     // Vincent Larivière
        ("matthias|l", 1),      // Lisa Matthias
        ("norlander|b", 1),     // Bree Norlander
        ("piwowar|h", 1),       // Heather Piwowar
        ("priem|j", 1),         // Jason Priem
        ("west|j", 1),          // Jevin D. West
    ];

    private TempDataFolder _temp = null!;
    private TestStore _store = null!;

    [SetUp]
    public void CreateStore()
    {
        _temp = new TempDataFolder("eg-blocks-");
        _store = TestStores.Create(kind, _temp.Sub("data"));
    }

    [TearDown]
    public void Cleanup() => _temp.Dispose();

    private static string Keypapers => RepositoryPaths.Path("samples/openalex/keypaper_results_page_1.json");

    private static Task<IngestionSummary> IngestAsync(Workspace workspace) =>
        workspace.IngestAsync([Keypapers], new IngestionOptions(), null, CancellationToken.None);

    [Test]
    public async Task IngestAsync_OpenAlexFile_EveryAuthorshipCarriesItsNameBlockAndSourceAuthorId()
    {
        using var workspace = _store.OpenWorkspace();

        await IngestAsync(workspace);

        Assert.That(workspace.Store.GetBlocks(), Is.EqualTo(KeypaperBlocks));
        Assert.That(workspace.Store.GetMentionsWithoutBlock(10), Is.Empty);
        var priem = workspace.Store.GetBlockMentions("priem|j").Single();
        Assert.That((priem.RawName, priem.Position, priem.Source, priem.SourceAuthorId, priem.Year), Is.EqualTo(("Jason Priem", 2, "openalex", (string?)"A5023888391", (int?)2018)));
        Assert.That(priem.Coauthors, Is.EqualTo(new[]
        {
            "Heather Piwowar", "Vincent Larivière", "Juan Pablo Alperín", "Lisa Matthias", "Bree Norlander", "Ashley Farley", "Jevin D. West",
            "Stefanie Haustein",
        }));
    }

    [Test]
    public async Task IngestAsync_StoreWithMentionsWithoutBlock_BackFillsThemBeforeIngesting()
    {
        using (var workspace = _store.OpenWorkspace()) await IngestAsync(workspace);
        // What a store written before schema 7 holds.
        ExecuteOnStore("UPDATE authorships SET block_key = NULL");

        using (var workspace = _store.OpenWorkspace())
        {
            Assert.That(workspace.Store.GetMentionsWithoutBlock(100), Has.Count.EqualTo(11));

            var summary = await IngestAsync(workspace);

            Assert.That(summary.Records.Read, Is.Zero, "the file was ingested already: only the back-fill wrote");
            Assert.That(workspace.Store.GetMentionsWithoutBlock(10), Is.Empty);
            Assert.That(workspace.Store.GetBlocks(), Is.EqualTo(KeypaperBlocks));
        }
    }

    private void ExecuteOnStore(string sql)
    {
        using DbConnection connection = kind == StoreKind.Sqlite
            ? new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = new DataDirectory(_store.DataFolder).StorePath, Pooling = false }.ToString())
            : _store.OpenConnection();
        if (connection.State != System.Data.ConnectionState.Open) connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
