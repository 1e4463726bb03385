using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using Npgsql;

namespace ExpertGraph.Storage.Postgres;

public sealed partial class PostgresExpertStore
{
    public IReadOnlyList<PersonSummary> GetPersons(IReadOnlyCollection<PersonId> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0) return [];
        return Read("reading persons", connection => ReadPersons(connection, ids));
    }

    public IReadOnlyList<PersonProfile> GetPersonProfiles(IReadOnlyCollection<PersonId> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0) return [];
        return Read("reading person profiles", connection =>
        {
            var array = ids.Select(id => id.Value).ToArray();
            var variants = ReadPairs(connection, "SELECT person_id, name FROM name_variants WHERE person_id = ANY($1) ORDER BY person_id, name COLLATE \"C\"", array);
            var institutions = ReadPairs(connection, """
                SELECT a.person_id, i.name FROM authorships a JOIN institutions i ON i.id = a.institution_id
                WHERE a.person_id = ANY($1) GROUP BY a.person_id, i.name ORDER BY a.person_id, i.name COLLATE "C"
                """, array);
            HashSet<long> withWorks;
            using (var command = new NpgsqlCommand("SELECT DISTINCT person_id FROM authorships WHERE person_id = ANY($1)", connection))
            {
                command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = array });
                using var reader = command.ExecuteReader();
                withWorks = StoreRowReaders.Ids(reader);
            }

            return StoreRowReaders.Profiles(ReadPersons(connection, ids), variants, institutions, withWorks);
        });
    }

    public IReadOnlyList<QuarantineEntry> GetQuarantine(int limit) => Read("reading the quarantine", connection =>
    {
        using var command = new NpgsqlCommand(StoreRowReaders.QuarantineSelect + " ORDER BY file_path COLLATE \"C\", record_number LIMIT $1", connection);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        using var reader = command.ExecuteReader();
        return StoreRowReaders.Quarantine(reader);
    });

    private static List<PersonSummary> ReadPersons(NpgsqlConnection connection, IReadOnlyCollection<PersonId> ids)
    {
        using var command = new NpgsqlCommand(StoreRowReaders.PersonSummarySelect + " WHERE p.id = ANY($1)", connection);
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. ids.Select(id => id.Value)] });
        using var reader = command.ExecuteReader();
        return StoreRowReaders.PersonSummaries(reader, ids.Count);
    }

    private static Dictionary<long, List<string>> ReadPairs(NpgsqlConnection connection, string sql, long[] ids)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = ids });
        using var reader = command.ExecuteReader();
        return StoreRowReaders.TextsByPerson(reader);
    }
}
