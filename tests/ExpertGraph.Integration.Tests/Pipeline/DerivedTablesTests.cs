using ExpertGraph.Ingestion.Pipeline;
using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Query;
using ExpertGraph.Tests.Shared;
using Microsoft.Data.Sqlite;

namespace ExpertGraph.Integration.Tests.Pipeline;

/// <summary>
/// The embedded store computes the derived tables in process (SqliteDerivedTables, SqliteConceptProfiles). Their meaning
/// is the SQL below, which the PostgreSQL store runs and which the embedded store ran until the in-process rebuild
/// replaced it: on real records (papers with long author lists, patents, funded projects, lexicon tags), both must give
/// the same rows (concept weights to 12 digits: SQL sums a group's terms in an order of its own).
/// </summary>
public sealed class DerivedTablesTests
{
    // The SQL the embedded store ran (2026-12-01; the concept profiles' is PostgreSQL's, with the default half-life and
    // cut), into tables named ref_*: the specification the rows are checked against.
    // Schema 18 keeps a work's tags as one JSON row (work_tags); work_concepts is that table's rows, one per tag, as before.
    private const string ReferenceSql = """
        CREATE TEMP TABLE work_concepts AS
            SELECT t.work_id, json_extract(e.value, '$[0]') AS concept_id, json_extract(e.value, '$[1]') AS weight,
                   json_extract(e.value, '$[2]') AS matched
            FROM work_tags t, json_each(t.tags) e;
        CREATE TEMP TABLE work_persons (work_id INTEGER NOT NULL, person_id INTEGER NOT NULL, PRIMARY KEY (work_id, person_id)) WITHOUT ROWID;
        INSERT OR IGNORE INTO work_persons SELECT work_id, person_id FROM authorships;
        CREATE TEMP TABLE small_works AS
            SELECT wp.work_id, w.kind, w.year FROM work_persons wp JOIN works w ON w.id = wp.work_id
            GROUP BY wp.work_id HAVING COUNT(*) BETWEEN 2 AND 25;
        CREATE TEMP TABLE ref_collaborations AS
            SELECT a.person_id AS person_a, b.person_id AS person_b, s.kind, COUNT(*) AS work_count, MIN(s.year) AS first_year,
                   MAX(s.year) AS last_year, MAX(s.work_id) AS example_work_id
            FROM small_works s
            JOIN work_persons a ON a.work_id = s.work_id
            JOIN work_persons b ON b.work_id = s.work_id AND b.person_id > a.person_id
            GROUP BY a.person_id, b.person_id, s.kind;
        CREATE TEMP TABLE ref_person_institutions AS
            SELECT a.institution_id, a.person_id, MIN(w.year) AS first_year, MAX(w.year) AS last_year,
                   COUNT(DISTINCT a.work_id) AS work_count
            FROM authorships a JOIN works w ON w.id = a.work_id
            WHERE a.institution_id IS NOT NULL
            GROUP BY a.institution_id, a.person_id;
        CREATE TEMP TABLE ref_h AS
            SELECT person_id, MAX(rank) AS h FROM (
                SELECT wp.person_id, w.citation_count,
                       ROW_NUMBER() OVER (PARTITION BY wp.person_id ORDER BY w.citation_count DESC) AS rank
                FROM work_persons wp JOIN works w ON w.id = wp.work_id WHERE w.citation_count > 0)
            WHERE citation_count >= rank GROUP BY person_id;
        CREATE TEMP TABLE ref_person_stats AS
            SELECT wp.person_id, COUNT(*) AS work_count, SUM(w.kind = 1) AS paper_count, SUM(w.kind = 2) AS patent_count,
                   SUM(w.kind = 3) AS project_count, SUM(COALESCE(w.citation_count, 0)) AS citation_count,
                   COALESCE((SELECT h FROM ref_h WHERE ref_h.person_id = wp.person_id), 0) AS h_index,
                   MIN(w.year) AS first_year, MAX(w.year) AS last_year
            FROM work_persons wp JOIN works w ON w.id = wp.work_id
            GROUP BY wp.person_id;
        CREATE TEMP TABLE ref_person_concepts AS
            SELECT person_id, concept_id, weight, work_count FROM (
                SELECT wp.person_id, c.concept_id,
                       SUM(c.weight * CASE WHEN w.year IS NULL THEN 0.5 ELSE 5.0 / (5.0 + MAX(0, r.year - w.year)) END) AS weight,
                       COUNT(*) AS work_count,
                       ROW_NUMBER() OVER (PARTITION BY wp.person_id
                                          ORDER BY SUM(c.weight * CASE WHEN w.year IS NULL THEN 0.5 ELSE 5.0 / (5.0 + MAX(0, r.year - w.year)) END) DESC,
                                                   c.concept_id) AS rank
                FROM work_persons wp
                JOIN work_concepts c ON c.work_id = wp.work_id AND c.matched = 1
                JOIN works w ON w.id = wp.work_id
                CROSS JOIN (SELECT COALESCE(MAX(year), 0) AS year FROM works) r
                GROUP BY wp.person_id, c.concept_id)
            WHERE rank <= 64;
        """;

    private static readonly (string Table, string Columns)[] Tables =
    [
        ("collaborations", "person_a, person_b, kind, work_count, first_year, last_year, example_work_id"),
        ("person_institutions", "institution_id, person_id, first_year, last_year, work_count"),
        ("person_stats", "person_id, work_count, paper_count, patent_count, project_count, citation_count, h_index, first_year, last_year"),
        // Sums of the same terms in another order can differ in their last bit: weights compared to 12 digits.
        ("person_concepts", "person_id, concept_id, printf('%.12g', weight), work_count"),
    ];

    [Test]
    public async Task RebuildDerived_RealRecordsOfThreeKinds_TheRowsOfTheReferenceSql()
    {
        var records = SharedData.Path("records");
        using var temp = new TempDataFolder();
        var directory = new DataDirectory(temp.Sub("data"));
        using (var workspace = Workspace.Open(directory))
        {
            string[] folders = ["openalex-works-json", "epo-ep-publication-xml", "metaknowledge-tests/metaknowledge/tests/nsfTestFiles", "nsfc-china-grants"];
            var summary = await workspace.IngestAsync([.. folders.Select(f => Path.Combine(records, f))], new IngestionOptions(), null, CancellationToken.None);
            Assert.That(summary.Records.Inserted, Is.GreaterThan(1000));
        }

        using var connection = new SqliteConnection($"Data Source={directory.StorePath};Pooling=False");
        connection.Open();
        using (var reference = connection.CreateCommand())
        {
            reference.CommandText = ReferenceSql;
            reference.ExecuteNonQuery();
        }

        foreach (var (table, columns) in Tables)
        {
            var stored = Rows(connection, $"SELECT {columns} FROM {table} ORDER BY {columns}");
            var expected = Rows(connection, $"SELECT {columns} FROM ref_{table} ORDER BY {columns}");
            Assert.That(stored, Has.Count.GreaterThan(100), table);
            Assert.That(stored, Is.EqualTo(expected), table);
        }

        // The records give every kind of collaboration and persons with an h-index above one, so each branch is compared.
        Assert.That(Rows(connection, "SELECT DISTINCT kind FROM collaborations ORDER BY kind"), Is.EqualTo(new[] { "1", "2", "3" }));
        Assert.That(Scalar(connection, "SELECT COUNT(*) FROM person_stats WHERE h_index > 1"), Is.GreaterThan(10));
        Assert.That(Scalar(connection, "SELECT COUNT(*) FROM person_institutions WHERE work_count > 1"), Is.GreaterThan(10));
    }

    private static List<string> Rows(SqliteConnection connection, string sql) =>
        DbRow.ReadAll(connection, sql).Select(row => string.Join('|', Enumerable.Range(0, row.Names.Count).Select(i => DbRow.FormatValue(row[i])))).ToList();

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
