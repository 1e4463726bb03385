using System.Globalization;
using System.Text;

namespace ExpertGraph.Query.Exports;

/// <summary>
/// The two texts beside the CSVs of a Neo4j export, made from the files' headers so they always match them: README.txt
/// with the neo4j-admin command (an empty database, fastest) and import.cypher (LOAD CSV into a running database, after
/// uniqueness constraints and indexes).
/// </summary>
internal static class Neo4jScripts
{
    public const string ReadmeFile = "README.txt";
    public const string CypherFile = "import.cypher";

    public static string Readme(IReadOnlyList<Neo4jFile> files)
    {
        var text = new StringBuilder();
        text.Append("ExpertGraph export for Neo4j (expertgraph export neo4j)\n\n");
        foreach (var file in files)
            text.Append(CultureInfo.InvariantCulture, $"  {file.Name,-18} {file.Rows,10} {(file.Nodes ? "nodes" : "relationships")} {file.Label}\n");
        text.Append("""

            Into a new, empty database (Neo4j 5; stop the database first; copy this folder's CSVs into Neo4j's import folder
            or give absolute paths):

            """);
        text.Append("  neo4j-admin database import full --overwrite-destination --multiline-fields=true --array-delimiter=\";\" --id-type=string \\\n");
        foreach (var file in files) text.Append(CultureInfo.InvariantCulture, $"    --{(file.Nodes ? "nodes" : "relationships")}={file.Name} \\\n");
        text.Append("    neo4j\n\nNeo4j 4.4: neo4j-admin import --database=neo4j with the same --nodes/--relationships/--multiline-fields options.\n");
        text.Append("""

            Into a running database: put the CSVs in its import folder and run
              cypher-shell -u neo4j -p PASSWORD -f import.cypher
            (LOAD CSV with uniqueness constraints and indexes; slower than neo4j-admin on large exports).

            Fields are RFC 4180 (quotes doubled; titles may hold newlines, hence --multiline-fields); string[] values are
            joined with ';' (a ';' inside a value was written as ','). Ids: Person P12, Work W5, Institution I3, Concept
            the lexicon's id (OA:T10299, NSFC:A0101). Statistics are as of the store's last rebuild of derived tables.

            """);
        return text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    public static string Cypher(IReadOnlyList<Neo4jFile> files)
    {
        var text = new StringBuilder("// ExpertGraph export: LOAD CSV into a running Neo4j (5.x; 4.4 too). Run with cypher-shell -f import.cypher.\n\n");
        var idOf = files.Where(f => f.Nodes).ToDictionary(f => f.Label, f => IdProperty(f.Header), StringComparer.Ordinal);
        foreach (var (label, id) in idOf)
            text.Append(CultureInfo.InvariantCulture, $"CREATE CONSTRAINT {Snake(label)}_{Snake(id)} IF NOT EXISTS FOR (n:{label}) REQUIRE n.{id} IS UNIQUE;\n");
        text.Append("CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);\n");
        text.Append("CREATE INDEX work_year IF NOT EXISTS FOR (n:Work) ON (n.year);\n\n");
        foreach (var file in files.Where(f => f.Nodes))
        {
            var properties = file.Header.Where(h => !h.StartsWith(':')).Select(h => $"{PropertyName(h)}: {Value(h)}");
            text.Append(CultureInfo.InvariantCulture, $"LOAD CSV WITH HEADERS FROM 'file:///{file.Name}' AS row\n");
            text.Append(CultureInfo.InvariantCulture, $"CALL {{ WITH row CREATE (:{file.Label} {{{string.Join(", ", properties)}}}) }} IN TRANSACTIONS OF 10000 ROWS;\n\n");
        }

        foreach (var file in files.Where(f => !f.Nodes))
        {
            var start = file.Header.Single(h => h.StartsWith(":START_ID(", StringComparison.Ordinal));
            var end = file.Header.Single(h => h.StartsWith(":END_ID(", StringComparison.Ordinal));
            var (startLabel, endLabel) = (Space(start), Space(end));
            var properties = file.Header.Where(h => !h.StartsWith(':')).Select(h => $"{PropertyName(h)}: {Value(h)}");
            text.Append(CultureInfo.InvariantCulture, $"LOAD CSV WITH HEADERS FROM 'file:///{file.Name}' AS row\n");
            text.Append(CultureInfo.InvariantCulture,
                $"CALL {{ WITH row MATCH (a:{startLabel} {{{idOf[startLabel]}: row.`{start}`}}) MATCH (b:{endLabel} {{{idOf[endLabel]}: row.`{end}`}}) CREATE (a)-[:{file.Label} {{{string.Join(", ", properties)}}}]->(b) }} IN TRANSACTIONS OF 10000 ROWS;\n\n");
        }

        return text.ToString();
    }

    /// <summary>The property a header column holds: "hIndex:int" → hIndex; "personId:ID(Person)" → personId.</summary>
    public static string PropertyName(string header) => header.Split(':')[0];

    /// <summary>The ID space of ":START_ID(Person)" (Person).</summary>
    public static string Space(string header) => header[(header.IndexOf('(', StringComparison.Ordinal) + 1)..^1];

    private static string IdProperty(IReadOnlyList<string> header) => PropertyName(header.Single(h => h.Contains(":ID(", StringComparison.Ordinal)));

    /// <summary>The Cypher expression reading a column as its header's type.</summary>
    private static string Value(string header)
    {
        var column = $"row.`{header}`";
        var type = header.Contains(':', StringComparison.Ordinal) ? header[(header.IndexOf(':', StringComparison.Ordinal) + 1)..] : "string";
        return type switch
        {
            "int" or "long" or "short" or "byte" => $"toInteger({column})",
            "float" or "double" => $"toFloat({column})",
            "boolean" => $"toBoolean({column})",
            "string[]" => $"split({column}, ';')",
            _ => column,
        };
    }

    private static string Snake(string name) => string.Concat(name.Select(c => char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString())).TrimStart('_');
}
