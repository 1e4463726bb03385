using System.Data.Common;
using System.Globalization;
using ExpertGraph.Core.Curation;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Storage.Schema;

namespace ExpertGraph.Storage.Curation;

/// <summary>Reads of the curation tables and of mentions as curators name them: the same SQL on both stores.</summary>
internal static class CurationQueries
{
    public static IReadOnlyList<CurationEntry> Log(DbConnection connection, PersonId? person, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var sql = new CurationSql(connection, null);
        var filter = person is null ? "" : """
            WHERE l.id IN (SELECT c.log_id FROM curation_persons c
                           WHERE c.person_id = @p OR c.person_id IN (SELECT r.from_person FROM person_redirects r WHERE r.to_person = @p))
            """;
        var entries = sql.Query($"""
            SELECT l.id, l.at, l.curator, l.action, l.reason, l.detail FROM curation_log l
            {filter}
            ORDER BY l.id DESC LIMIT @limit
            """,
            r => new CurationEntry(r.GetInt64(0), DateTimeOffset.Parse(r.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
                r.GetString(2), ParseAction(r.GetString(3)), r.GetString(4), CurationSql.Text(r, 5)),
            person is { } p ? [("@p", p.Value), ("@limit", limit)] : [("@limit", limit)]);
        return [.. entries.Select(e => e with
        {
            Persons = sql.Query("SELECT person_id FROM curation_persons WHERE log_id = @log ORDER BY person_id", r => new PersonId(r.GetInt64(0)), ("@log", e.Id)),
        })];
    }

    private static CurationAction ParseAction(string text) => text switch
    {
        "merge" => CurationAction.Merge,
        "split" => CurationAction.Split,
        "pin" => CurationAction.Pin,
        _ => throw new StoreException($"curation_log holds an unknown action '{text}'"),
    };

    public static PersonId? RedirectOf(DbConnection connection, DbTransaction? transaction, PersonId person) =>
        new CurationSql(connection, transaction).ScalarInt64("SELECT to_person FROM person_redirects WHERE from_person = @p", ("@p", person.Value)) is { } to
            ? new PersonId(to)
            : null;

    /// <summary>Every redirect (curators make few): what a write session loads once instead of asking for each mention.</summary>
    public static Dictionary<PersonId, PersonId> Redirects(DbConnection connection, DbTransaction? transaction) =>
        new CurationSql(connection, transaction)
            .Query("SELECT from_person, to_person FROM person_redirects", r => (From: new PersonId(r.GetInt64(0)), To: new PersonId(r.GetInt64(1))))
            .ToDictionary(r => r.From, r => r.To);

    public static IReadOnlyList<PersonId> Separations(DbConnection connection, DbTransaction? transaction, PersonId person) =>
        new CurationSql(connection, transaction).Query("""
            SELECT person_b FROM person_separations WHERE person_a = @p
            UNION SELECT person_a FROM person_separations WHERE person_b = @p
            ORDER BY 1
            """, r => new PersonId(r.GetInt64(0)), ("@p", person.Value));

    public static IReadOnlyList<(PersonId A, PersonId B)> AllSeparations(DbConnection connection) =>
        new CurationSql(connection, null).Query(
            "SELECT person_a, person_b FROM person_separations ORDER BY person_a, person_b",
            r => (new PersonId(r.GetInt64(0)), new PersonId(r.GetInt64(1))));

    public static IReadOnlyDictionary<int, PersonId> Pins(DbConnection connection, DbTransaction? transaction, WorkId work) =>
        new CurationSql(connection, transaction)
            .Query("SELECT position, person_id FROM mention_pins WHERE work_id = @w", r => (Position: (int)r.GetInt64(0), Person: new PersonId(r.GetInt64(1))), ("@w", work.Value))
            .ToDictionary(p => p.Position, p => p.Person);

    private const string MentionColumns = """
        SELECT a.work_id, a.position, w.source, w.source_id, a.person_id, a.raw_name, w.title, w.year,
               CASE WHEN m.work_id IS NULL THEN 0 ELSE 1 END
        FROM authorships a JOIN works w ON w.id = a.work_id
        LEFT JOIN mention_pins m ON m.work_id = a.work_id AND m.position = a.position
        """;

    public static IReadOnlyList<PersonMention> PersonMentions(DbConnection connection, PersonId person, int limit) =>
        new CurationSql(connection, null).Query(
            MentionColumns + " WHERE a.person_id = @p ORDER BY COALESCE(w.year, 0) DESC, a.work_id DESC, a.position LIMIT @limit",
            Mention, ("@p", person.Value), ("@limit", limit));

    public static IReadOnlyList<PersonMention> WorkMentions(DbConnection connection, WorkId work) =>
        new CurationSql(connection, null).Query(MentionColumns + " WHERE a.work_id = @w ORDER BY a.position", Mention, ("@w", work.Value));

    private static PersonMention Mention(DbDataReader r) =>
        new(new MentionRef(new WorkId(r.GetInt64(0)), (int)r.GetInt64(1)), new SourceKey(r.GetString(2), r.GetString(3)), new PersonId(r.GetInt64(4)),
            r.GetString(5), r.GetString(6), r.IsDBNull(7) ? null : (int)r.GetInt64(7))
        {
            Pinned = r.GetInt64(8) != 0,
        };

    public static WorkId? FindWork(DbConnection connection, SourceKey key) =>
        new CurationSql(connection, null).ScalarInt64("SELECT id FROM works WHERE source = @s AND source_id = @i", ("@s", key.Source), ("@i", key.Id)) is { } id
            ? new WorkId(id)
            : null;

    /// <summary>Works as <see cref="StoredWorkReader"/> reads them all, a chunk of ids per statement (ids bound, never spliced).</summary>
    public static IReadOnlyList<StoredWork> Works(DbConnection connection, SqlDialect dialect, IReadOnlyCollection<WorkId> ids)
    {
        var works = new List<StoredWork>(ids.Count);
        foreach (var chunk in ids.Distinct().OrderBy(id => id.Value).Chunk(100))
        {
            using var command = connection.CreateCommand();
            var names = new string[chunk.Length];
            for (var i = 0; i < chunk.Length; i++)
            {
                names[i] = "@id" + i.ToString(CultureInfo.InvariantCulture);
                var parameter = command.CreateParameter();
                parameter.ParameterName = names[i];
                parameter.Value = chunk[i].Value;
                command.Parameters.Add(parameter);
            }

            command.CommandText = StoredWorkReader.Sql(dialect, $"w.id IN ({string.Join(", ", names)})");
            using var reader = command.ExecuteReader();
            works.AddRange(StoredWorkReader.Read(reader, CancellationToken.None));
        }

        return works;
    }
}
