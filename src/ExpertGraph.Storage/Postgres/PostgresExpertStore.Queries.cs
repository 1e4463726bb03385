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
            var profiles = new List<PersonProfile>(ids.Count);
            foreach (var person in ReadPersons(connection, ids))
            {
                var id = person.Id.Value;
                profiles.Add(new PersonProfile(
                    person.Id,
                    person.DisplayName,
                    variants.TryGetValue(id, out var names) ? names : [],
                    institutions.TryGetValue(id, out var insts) ? insts : [],
                    person.CountryCode));
            }

            return profiles;
        });
    }

    public IReadOnlyList<QuarantineEntry> GetQuarantine(int limit) => Read("reading the quarantine", connection =>
    {
        using var command = new NpgsqlCommand("""
            SELECT file_path, record_number, line, byte_offset, reason, raw_text FROM quarantine
            ORDER BY file_path COLLATE "C", record_number LIMIT $1
            """, connection);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        var entries = new List<QuarantineEntry>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            entries.Add(new QuarantineEntry(reader.GetString(0), reader.GetInt64(1), reader.GetString(4), reader.GetString(5))
            {
                Line = reader.IsDBNull(2) ? null : reader.GetInt64(2),
                ByteOffset = reader.IsDBNull(3) ? null : reader.GetInt64(3),
            });
        }

        return entries;
    });

    private static List<PersonSummary> ReadPersons(NpgsqlConnection connection, IReadOnlyCollection<PersonId> ids)
    {
        using var command = new NpgsqlCommand("""
            SELECT p.id, p.display_name, i.name, COALESCE(p.country_code, i.country_code), p.orcid,
                   COALESCE(s.work_count, 0), s.first_year, s.last_year
            FROM persons p
            LEFT JOIN institutions i ON i.id = p.institution_id
            LEFT JOIN person_stats s ON s.person_id = p.id
            WHERE p.id = ANY($1)
            """, connection);
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. ids.Select(id => id.Value)] });
        var found = new List<PersonSummary>(ids.Count);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            found.Add(new PersonSummary(new PersonId(reader.GetInt64(0)), reader.GetString(1))
            {
                Institution = reader.IsDBNull(2) ? null : reader.GetString(2),
                CountryCode = reader.IsDBNull(3) ? null : reader.GetString(3),
                Orcid = reader.IsDBNull(4) ? null : reader.GetString(4),
                WorkCount = (int)reader.GetInt64(5),
                FirstYear = reader.IsDBNull(6) ? null : (int)reader.GetInt64(6),
                LastYear = reader.IsDBNull(7) ? null : (int)reader.GetInt64(7),
            });
        }

        return found;
    }

    private static Dictionary<long, List<string>> ReadPairs(NpgsqlConnection connection, string sql, long[] ids)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = ids });
        var map = new Dictionary<long, List<string>>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var key = reader.GetInt64(0);
            if (!map.TryGetValue(key, out var list)) map[key] = list = [];
            list.Add(reader.GetString(1));
        }

        return map;
    }
}
