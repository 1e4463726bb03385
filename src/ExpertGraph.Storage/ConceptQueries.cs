using System.Data.Common;
using System.Globalization;
using ExpertGraph.Core.Lexicon;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Storage;

/// <summary>
/// The concept tables' statements, one copy for both stores: the lexicon snapshot in <c>concepts</c> (rewritten when
/// the lexicon's version changes, so SQL users can join labels and levels to the tags) and profile reads.
/// </summary>
internal static class ConceptQueries
{
    public const string VersionSql = "SELECT COALESCE((SELECT value FROM store_flags WHERE name = 'lexicon_version'), 0)";

    private const int RowsPerInsert = 200;

    public static string PersonConceptsSql(IReadOnlyCollection<PersonId> persons, int perPerson) => $"""
        SELECT person_id, concept_id, weight, work_count FROM (
            SELECT person_id, concept_id, weight, work_count,
                   ROW_NUMBER() OVER (PARTITION BY person_id ORDER BY weight DESC, concept_id) AS rank
            FROM person_concepts WHERE person_id IN ({CollaborationQueries.IdList(persons)})) ranked
        WHERE rank <= {perPerson.ToString(CultureInfo.InvariantCulture)}
        ORDER BY person_id, weight DESC, concept_id
        """;

    public static List<PersonConcept> ReadPersonConcepts(DbDataReader reader)
    {
        var concepts = new List<PersonConcept>();
        while (reader.Read())
            concepts.Add(new PersonConcept(new PersonId(reader.GetInt64(0)), reader.GetString(1), reader.GetDouble(2), (int)reader.GetInt64(3)));
        return concepts;
    }

    /// <summary>Replaces the lexicon snapshot and its version, inside the caller's transaction.</summary>
    public static void WriteLexicon(DbConnection connection, DbTransaction transaction, IReadOnlyList<Concept> concepts, long version)
    {
        Execute(connection, transaction, "DELETE FROM concepts");
        foreach (var chunk in concepts.Chunk(RowsPerInsert))
        {
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            var values = new List<string>(chunk.Length);
            for (var i = 0; i < chunk.Length; i++)
            {
                var concept = chunk[i];
                values.Add($"(@i{i}, @l{i}, @p{i}, @z{i}, @e{i})");
                Add(insert, $"@i{i}", concept.Id);
                Add(insert, $"@l{i}", (long)concept.Level);
                Add(insert, $"@p{i}", string.Join('|', concept.ParentIds));
                Add(insert, $"@z{i}", concept.LabelZh);
                Add(insert, $"@e{i}", concept.LabelEn);
            }

            insert.CommandText = "INSERT INTO concepts (id, level, parents, label_zh, label_en) VALUES " + string.Join(", ", values);
            insert.ExecuteNonQuery();
        }

        var literal = version.ToString(CultureInfo.InvariantCulture);
        Execute(connection, transaction,
            $"INSERT INTO store_flags (name, value) VALUES ('lexicon_version', {literal}) ON CONFLICT (name) DO UPDATE SET value = {literal}");
    }

    public static long ReadVersion(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = VersionSql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static void Execute(DbConnection connection, DbTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
