using ExpertGraph.Search.Indexing;
using ExpertGraph.Tests.Shared.Stores;
using ExpertGraph.Tests.Shared;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Data.Sqlite;

namespace ExpertGraph.Integration.Tests.Support;

/// <summary>The comparator the crash and concurrency tests rely on: blind to row ids, sensitive to every row and term.</summary>
[TestFixture]
public sealed class FullStateTests
{
    private TempDataFolder _temp = null!;
    private TestStore _ingested = null!;
    private FullState _state = null!;

    [OneTimeSetUp]
    public void IngestOnce()
    {
        _temp = new TempDataFolder("eg-state-");
        _ingested = TestStores.Create(StoreKind.Sqlite, _temp.Sub("ingested"));
        var run = CliProcess.Run(_ingested.IngestArguments([RepositoryPaths.Path("samples/dblp"), RepositoryPaths.Path("samples/uspto")]));
        Assert.That(run.ExitCode, Is.Zero, run.Output);
        _state = FullState.Take(_ingested);
    }

    [OneTimeTearDown]
    public void Cleanup() => _temp?.Dispose();

    [Test]
    public void Take_AfterIngest_DumpsEveryTableAndBothIndexes()
    {
        Assert.That(_state.Sections.Select(s => s.Name), Is.EqualTo(new[]
        {
            "works", "work_identifiers", "institutions", "persons", "person_keys", "name_variants", "authorships",
            "collaborations", "person_stats", "person_institutions", "work_tags", "person_concepts", "concepts",
            "ingestion_files", "quarantine", "store_flags", "index works", "index experts",
        }));
        // Ingested with the installed lexicon: works are tagged, persons have profiles, the lexicon is recorded.
        Assert.That(_state["work_tags"].Rows, Is.Not.Empty);
        Assert.That(_state["person_concepts"].Rows, Is.Not.Empty);
        Assert.That(_state["concepts"].Rows, Has.Count.GreaterThan(50_000));
        // 1,288 DBLP records and 196 USPTO grants, one document each; every person has an experts document.
        Assert.That(_state["works"].Rows, Has.Count.EqualTo(1288 + 196));
        Assert.That(_state["index works"].Rows, Has.Count.EqualTo(1288 + 196));
        Assert.That(_state["index experts"].Rows, Has.Count.EqualTo(_state["persons"].Rows.Count));
        Assert.That(_state["authorships"].Rows.SelectMany(r => r.Values), Has.None.Contains("<"), "every id resolved to a canonical key");
    }

    [Test]
    public void Take_InstitutionIdsRenumbered_StillEqual()
    {
        var copy = CopyOfIngested("renumbered");
        Execute(copy, """
            UPDATE institutions SET id = id + 1000;
            UPDATE persons SET institution_id = institution_id + 1000;
            UPDATE authorships SET institution_id = institution_id + 1000;
            UPDATE person_institutions SET institution_id = institution_id + 1000;
            """);

        Assert.That(FullState.Take(copy), new SameFullStateConstraint(_state, "the store before renumbering"));
    }

    [Test]
    public void Describe_TitleChangedAndAuthorshipDeleted_NamesBothRowsAndTheChangedColumn()
    {
        var copy = CopyOfIngested("changed");
        Execute(copy, """
            UPDATE works SET title = 'Changed title' WHERE source = 'dblp' AND source_id = (SELECT MIN(source_id) FROM works WHERE source = 'dblp');
            DELETE FROM authorships WHERE work_id = (SELECT MAX(id) FROM works) AND position = 1;
            """);

        var differences = FullStateDifference.Describe(_state, FullState.Take(copy));

        Assert.That(differences, Does.Contain("works: 1484 rows expected, 1484 actual; 0 missing, 0 extra, 1 different"));
        Assert.That(differences, Does.Contain("+ title=Changed title"));
        Assert.That(differences, Does.Match(@"authorships: \d+ rows expected, \d+ actual; 1 missing, 0 extra, 0 different\n  missing \[uspto:\S+ #001\] person_id="));
    }

    [Test]
    public void Describe_IndexDocumentDeleted_NamesTheDocument()
    {
        var copy = CopyOfIngested("document-deleted");
        var key = _state["index works"].Rows[0].Key;
        using (var directory = FSDirectory.Open(Path.Combine(copy.IndexFolder, "works")))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(IndexAnalyzers.Version, IndexAnalyzers.Create())))
        {
            writer.DeleteDocuments(new Term(IndexFields.Key, key));
            writer.Commit();
        }

        var differences = FullStateDifference.Describe(_state, FullState.Take(copy));

        Assert.That(differences, Does.StartWith("index works: 1484 rows expected, 1483 actual; 1 missing, 0 extra, 0 different\n"));
        Assert.That(differences, Does.Contain($"  missing [{key}] stored key={key}"));
    }

    private TestStore CopyOfIngested(string name)
    {
        var target = _temp.Sub(name);
        foreach (var file in System.IO.Directory.EnumerateFiles(_ingested.DataFolder, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(_ingested.DataFolder, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return TestStores.Create(StoreKind.Sqlite, target);
    }

    private static void Execute(TestStore store, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(store.DataFolder, "expertgraph.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
