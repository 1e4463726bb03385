using System.Globalization;
using System.Xml;
using ExpertGraph.Ingestion.Pipeline;
using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Query;
using ExpertGraph.Query.Exports;
using ExpertGraph.Tests.Shared;
using ExpertGraph.Tests.Shared.Stores;
using Microsoft.Data.Sqlite;

namespace ExpertGraph.Integration.Tests.Query.Exports;

/// <summary>
/// The Neo4j and GraphML exports of samples/openalex: headers follow neo4j-admin's rules, every file has as many rows as
/// the store has of what it holds (counted by SQL on the store file, not by the exporter's reads), typed values parse,
/// and the GraphML parses with as many nodes and edges.
/// </summary>
[TestFixture]
public sealed class GraphExportTests
{
    private TempDataFolder _temp = null!;
    private Workspace _workspace = null!;
    private string _neo4j = null!;
    private Neo4jExport _export = null!;

    [OneTimeSetUp]
    public async Task IngestAndExport()
    {
        _temp = new TempDataFolder("eg-graph-export-");
        _workspace = TestStores.Create(StoreKind.Sqlite, _temp.Sub("data")).OpenWorkspace();
        await _workspace.IngestAsync([RepositoryPaths.Path("samples/openalex")], new IngestionOptions(), null, CancellationToken.None);
        _neo4j = _temp.Sub("neo4j");
        _export = _workspace.ExportNeo4j(_neo4j, CancellationToken.None);
    }

    [OneTimeTearDown]
    public void Cleanup()
    {
        _workspace?.Dispose();
        _temp?.Dispose();
    }

    private List<List<string>> Read(string file) => CsvRecords.Parse(File.ReadAllText(Path.Combine(_neo4j, file)));

    private long Sql(string query)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_temp.Sub("data"), "expertgraph.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = query;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    [Test]
    public void ExportNeo4j_Headers_FollowNeo4jAdminImportRules()
    {
        var headers = _export.Files.ToDictionary(f => f.Name, f => Read(f.Name)[0].ToArray());

        var problems = Neo4jImportRules.Check(
            _export.Files.Where(f => f.Nodes).ToDictionary(f => f.Name, f => headers[f.Name]),
            _export.Files.Where(f => !f.Nodes).ToDictionary(f => f.Name, f => headers[f.Name]));

        Assert.That(problems, Is.Empty);
        Assert.That(headers["persons.csv"], Does.Contain("personId:ID(Person)").And.Contain("hIndex:int").And.Contain("orcid"));
        Assert.That(headers["authored.csv"], Is.EqualTo(new[] { ":START_ID(Person)", ":END_ID(Work)", "position:int", ":TYPE" }));
    }

    [Test]
    public void ExportNeo4j_Samples_RowCountsEqualTheStoresAndReadmeNamesEveryFile()
    {
        var expected = new Dictionary<string, long>
        {
            ["persons.csv"] = Sql("SELECT COUNT(*) FROM persons"),
            ["works.csv"] = Sql("SELECT COUNT(*) FROM works"),
            ["institutions.csv"] = Sql("SELECT COUNT(*) FROM institutions"),
            ["authored.csv"] = Sql("SELECT COUNT(*) FROM (SELECT DISTINCT work_id, person_id FROM authorships)"),
            ["coauthor.csv"] = Sql("SELECT COUNT(*) FROM (SELECT DISTINCT person_a, person_b FROM collaborations)"),
            ["affiliated.csv"] = Sql("SELECT COUNT(*) FROM (SELECT DISTINCT a.person_id, a.institution_id FROM authorships a WHERE a.institution_id IS NOT NULL)"),
            ["has_concept.csv"] = Sql("SELECT COUNT(*) FROM person_concepts"),
            ["concepts.csv"] = Sql("SELECT COUNT(DISTINCT concept_id) FROM person_concepts"),
        };

        foreach (var (file, count) in expected)
        {
            Assert.That(Read(file).Count - 1, Is.EqualTo(count), file);
            Assert.That(_export.Files.Single(f => f.Name == file).Rows, Is.EqualTo(count), file + " as reported");
        }

        Assert.That(expected["persons.csv"], Is.GreaterThan(500), "samples/openalex makes hundreds of persons");
        var readme = File.ReadAllText(Path.Combine(_neo4j, "README.txt"));
        Assert.That(readme, Does.Contain("neo4j-admin database import full").And.Contain("--multiline-fields=true"));
        Assert.That(_export.Files.Select(f => f.Name).All(name => readme.Contains("=" + name, StringComparison.Ordinal)), Is.True);
        var cypher = File.ReadAllText(Path.Combine(_neo4j, "import.cypher"));
        Assert.That(cypher, Does.Contain("REQUIRE n.personId IS UNIQUE").And.Contain("LOAD CSV WITH HEADERS FROM 'file:///coauthor.csv'"));
    }

    [Test]
    public void ExportNeo4j_TypedColumns_EveryValueParsesAsItsType()
    {
        foreach (var file in _export.Files)
        {
            var rows = Read(file.Name);
            for (var c = 0; c < rows[0].Count; c++)
            {
                var type = Neo4jImportRules.TypeOf(rows[0][c]);
                if (type is not ("int" or "long" or "double")) continue;
                var bad = rows.Skip(1).Select(r => r[c]).Where(v => v.Length > 0 && !double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _)).ToList();
                Assert.That(bad, Is.Empty, $"{file.Name} {rows[0][c]}");
                if (type is "int" or "long")
                    Assert.That(rows.Skip(1).Select(r => r[c]).Where(v => v.Length > 0).All(v => long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)), Is.True, $"{file.Name} {rows[0][c]}");
            }
        }
    }

    [Test]
    public void ExportGraphMl_Samples_ParsesWithAsManyNodesAndEdgesAsTheStore()
    {
        using var output = new MemoryStream();
        var (nodes, edges) = _workspace.ExportGraphMl(output, CancellationToken.None);
        output.Position = 0;

        long readNodes = 0, readEdges = 0;
        var weights = new List<double>();
        using (var reader = XmlReader.Create(output))
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element) continue;
                if (reader.LocalName == "node") readNodes++;
                if (reader.LocalName == "edge") readEdges++;
                if (reader.LocalName == "data" && reader.GetAttribute("key") == "weight")
                    weights.Add(double.Parse(reader.ReadElementContentAsString(), CultureInfo.InvariantCulture));
            }
        }

        Assert.That((readNodes, readEdges), Is.EqualTo((nodes, edges)));
        Assert.That(readNodes, Is.EqualTo(Sql("SELECT COUNT(*) FROM persons")));
        Assert.That(readEdges, Is.EqualTo(Sql("SELECT COUNT(*) FROM (SELECT DISTINCT person_a, person_b FROM collaborations)")));
        Assert.That(weights.Sum(), Is.EqualTo(Sql("SELECT SUM(work_count) FROM collaborations")));
    }

    [TestCase("He said \"yes\"\nthen; left, again", "\"He said \"\"yes\"\"\nthen; left, again\"")]
    [TestCase("plain title", "plain title")]
    [TestCase("", "")]
    public void Neo4jCsvField_TitleWithQuotesAndNewline_QuotedAndReadsBackWhole(string title, string field)
    {
        Assert.That(Neo4jCsvWriter.Field(title), Is.EqualTo(field));
        Assert.That(CsvRecords.Parse("title\n" + field + "\n")[1], Is.EqualTo(new[] { title }));
    }

    [Test]
    public void Neo4jCsvField_ArrayWithTheDelimiterInAnElement_ElementsJoinedAndTheirOwnSemicolonReplaced()
    {
        Assert.That(Neo4jCsvWriter.Field(new[] { "Zheng, J.", "郑舰艇;JT" }), Is.EqualTo("\"Zheng, J.;郑舰艇,JT\""));
    }
}
