using System.Data.Common;
using System.Globalization;

namespace ExpertGraph.Integration.Tests.Support;

/// <summary>
/// Dumps every store table canonically with plain, portable SQL (SELECT * per table, nothing else: sorting and the
/// smallest person key are computed here, ordinally, so the database's collation plays no part). Columns a later
/// migration adds appear in the dump without a change here; id columns are translated through <see cref="CanonicalIds"/>.
/// ingestion_runs is left out: it logs when runs happened, and a resumed ingest has more of them; so is the derived
/// tables' generation flag, a random number each rebuild draws.
/// </summary>
internal static class StoreStateReader
{
    public static (IReadOnlyList<StateSection> Tables, CanonicalIds Ids) Read(DbConnection connection)
    {
        var ids = new CanonicalIds();
        var works = DbRow.ReadAll(connection, "SELECT * FROM works");
        foreach (var row in works) ids.AddWork(row.Long("id"), row.Text("source"), row.Text("source_id"));
        var personKeys = DbRow.ReadAll(connection, "SELECT * FROM person_keys");
        foreach (var row in personKeys) ids.AddPersonKey(row.Long("person_id"), row.Text("key"));
        var institutions = DbRow.ReadAll(connection, "SELECT * FROM institutions");
        foreach (var row in institutions) ids.AddInstitution(row.Long("id"), row.Text("name_key"));

        string Work(DbRow r, string column = "work_id") => ids.Work(r.Long(column));
        string Person(DbRow r, string column = "person_id") => ids.Person(r.Long(column));
        var translate = new Dictionary<string, Func<object?, string?>>(StringComparer.OrdinalIgnoreCase)
        {
            ["work_id"] = v => ids.Work(Convert.ToInt64(v, CultureInfo.InvariantCulture)),
            ["example_work_id"] = v => ids.Work(Convert.ToInt64(v, CultureInfo.InvariantCulture)),
            ["person_id"] = v => ids.Person(Convert.ToInt64(v, CultureInfo.InvariantCulture)),
            ["person_a"] = v => ids.Person(Convert.ToInt64(v, CultureInfo.InvariantCulture)),
            ["person_b"] = v => ids.Person(Convert.ToInt64(v, CultureInfo.InvariantCulture)),
            ["institution_id"] = ids.Institution,
            // Profile weights are sums whose order follows the database's plan: compared to 6 decimals.
            ["weight"] = v => Math.Round(Convert.ToDouble(v, CultureInfo.InvariantCulture), 6).ToString("R", CultureInfo.InvariantCulture),
        };

        StateSection Table(string name, IEnumerable<DbRow> rows, Func<DbRow, string> key, params string[] inKey) =>
            new(name, rows.Select(r => new StateRow(key(r), Values(r, translate, ["id", .. inKey]))));

        return (
        [
            Table("works", works, r => ids.Work(r.Long("id")), "source", "source_id"),
            Table("work_identifiers", DbRow.ReadAll(connection, "SELECT * FROM work_identifiers"),
                r => $"{Work(r)} | {r.Text("scheme")} | {r.Text("value")}", "work_id", "scheme", "value"),
            Table("institutions", institutions, r => r.Text("name_key"), "name_key"),
            Table("persons", DbRow.ReadAll(connection, "SELECT * FROM persons"), r => Person(r, "id")),
            Table("person_keys", personKeys, r => r.Text("key"), "key"),
            Table("name_variants", DbRow.ReadAll(connection, "SELECT * FROM name_variants"),
                r => $"{Person(r)} | {r.Text("name")}", "person_id", "name"),
            Table("authorships", DbRow.ReadAll(connection, "SELECT * FROM authorships"),
                r => $"{Work(r)} #{r.Long("position"):D3}", "work_id", "position"),
            Table("collaborations", DbRow.ReadAll(connection, "SELECT * FROM collaborations"), r =>
            {
                // The pair is stored ordered by id; canonically it is ordered by key.
                string[] pair = [Person(r, "person_a"), Person(r, "person_b")];
                Array.Sort(pair, StringComparer.Ordinal);
                return $"{pair[0]} + {pair[1]} | kind {r.Text("kind")}";
            }, "person_a", "person_b", "kind"),
            Table("person_stats", DbRow.ReadAll(connection, "SELECT * FROM person_stats"), r => Person(r), "person_id"),
            Table("person_institutions", DbRow.ReadAll(connection, "SELECT * FROM person_institutions"),
                r => $"{ids.Institution(r["institution_id"])} | {Person(r)}", "institution_id", "person_id"),
            // SQLite keeps a work's tags in one row (schema 18), PostgreSQL a row per tag.
            connection is Microsoft.Data.Sqlite.SqliteConnection
                ? Table("work_tags", DbRow.ReadAll(connection, "SELECT * FROM work_tags"), r => Work(r), "work_id")
                : Table("work_concepts", DbRow.ReadAll(connection, "SELECT * FROM work_concepts"),
                    r => $"{Work(r)} | {r.Text("concept_id")}", "work_id", "concept_id"),
            Table("person_concepts", DbRow.ReadAll(connection, "SELECT * FROM person_concepts"),
                r => $"{Person(r)} | {r.Text("concept_id")}", "person_id", "concept_id"),
            Table("concepts", DbRow.ReadAll(connection, "SELECT * FROM concepts"), r => r.Text("id"), "id"),
            Table("ingestion_files", DbRow.ReadAll(connection, "SELECT * FROM ingestion_files"), r => r.Text("path"), "path"),
            Table("quarantine", DbRow.ReadAll(connection, "SELECT * FROM quarantine"),
                r => $"{r.Text("file_path")} #{r.Long("record_number"):D6}", "file_path", "record_number"),
            // The derived tables' generation is a fresh random number on every rebuild, by design (it stamps caches).
            Table("store_flags", DbRow.ReadAll(connection, "SELECT * FROM store_flags").Where(r => r.Text("name") != "derived_generation"),
                r => r.Text("name"), "name"),
        ], ids);
    }

    private static List<string> Values(DbRow row, Dictionary<string, Func<object?, string?>> translate, string[] inKey)
    {
        var values = new List<string>(row.Names.Count);
        for (var i = 0; i < row.Names.Count; i++)
        {
            var name = row.Names[i];
            if (inKey.Contains(name, StringComparer.OrdinalIgnoreCase)) continue;
            var value = row[i];
            var text = value is not null && translate.TryGetValue(name, out var map) ? map(value) ?? "NULL" : DbRow.FormatValue(value);
            values.Add(name + "=" + text);
        }

        return values;
    }
}
