using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace ExpertGraph.Storage.Sqlite;

public sealed partial class SqliteExpertStore
{
    public IReadOnlyList<PersonSummary> GetPersons(IReadOnlyCollection<PersonId> ids)
    {
        if (ids.Count == 0) return [];
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT p.id, p.display_name, i.name, COALESCE(p.country_code, i.country_code), p.orcid,
                   COALESCE(s.work_count, 0), s.first_year, s.last_year
            FROM persons p
            LEFT JOIN institutions i ON i.id = p.institution_id
            LEFT JOIN person_stats s ON s.person_id = p.id
            WHERE p.id IN ({InList(command, ids)})
            """;
        var found = new List<PersonSummary>(ids.Count);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            found.Add(new PersonSummary(new PersonId(reader.GetInt64(0)), reader.GetString(1))
            {
                Institution = NullableString(reader, 2),
                CountryCode = NullableString(reader, 3),
                Orcid = NullableString(reader, 4),
                WorkCount = reader.GetInt32(5),
                FirstYear = reader.IsDBNull(6) ? null : reader.GetInt32(6),
                LastYear = reader.IsDBNull(7) ? null : reader.GetInt32(7),
            });
        }

        return found;
    }

    public IReadOnlyList<PersonProfile> GetPersonProfiles(IReadOnlyCollection<PersonId> ids)
    {
        if (ids.Count == 0) return [];
        using var connection = OpenReader();
        var variants = new Dictionary<long, List<string>>();
        var institutions = new Dictionary<long, List<string>>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT person_id, name FROM name_variants WHERE person_id IN ({InList(command, ids)}) ORDER BY person_id, name";
            using var reader = command.ExecuteReader();
            while (reader.Read()) Append(variants, reader.GetInt64(0), reader.GetString(1));
        }

        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""
                SELECT DISTINCT a.person_id, i.name FROM authorships a JOIN institutions i ON i.id = a.institution_id
                WHERE a.person_id IN ({InList(command, ids)}) ORDER BY a.person_id, i.name
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read()) Append(institutions, reader.GetInt64(0), reader.GetString(1));
        }

        var profiles = new List<PersonProfile>(ids.Count);
        foreach (var person in GetPersons(ids))
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
    }

    public IReadOnlyList<QuarantineEntry> GetQuarantine(int limit)
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT file_path, record_number, line, byte_offset, reason, raw_text FROM quarantine
            ORDER BY file_path, record_number LIMIT $limit
            """;
        command.Parameters.AddWithValue("$limit", limit);
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
    }

    private static string InList(SqliteCommand command, IReadOnlyCollection<PersonId> ids)
    {
        // Ids are integers we own; still bound as parameters so no value is ever spliced into SQL text.
        var names = new string[ids.Count];
        var i = 0;
        foreach (var id in ids)
        {
            names[i] = "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(names[i], id.Value);
            i++;
        }

        return string.Join(',', names);
    }

    private static void Append(Dictionary<long, List<string>> map, long key, string value)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(value);
    }

    private static string? NullableString(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
