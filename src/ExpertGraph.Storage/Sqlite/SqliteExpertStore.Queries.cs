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
        command.CommandText = $"{StoreRowReaders.PersonSummarySelect} WHERE p.id IN ({InList(command, ids)})";
        using var reader = command.ExecuteReader();
        return StoreRowReaders.PersonSummaries(reader, ids.Count);
    }

    public IReadOnlyList<PersonProfile> GetPersonProfiles(IReadOnlyCollection<PersonId> ids)
    {
        if (ids.Count == 0) return [];
        using var connection = OpenReader();
        Dictionary<long, List<string>> variants, institutions;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT person_id, name FROM name_variants WHERE person_id IN ({InList(command, ids)}) ORDER BY person_id, name";
            using var reader = command.ExecuteReader();
            variants = StoreRowReaders.TextsByPerson(reader);
        }

        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""
                SELECT DISTINCT a.person_id, i.name FROM authorships a JOIN institutions i ON i.id = a.institution_id
                WHERE a.person_id IN ({InList(command, ids)}) ORDER BY a.person_id, i.name
                """;
            using var reader = command.ExecuteReader();
            institutions = StoreRowReaders.TextsByPerson(reader);
        }

        HashSet<long> withWorks;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT DISTINCT person_id FROM authorships WHERE person_id IN ({InList(command, ids)})";
            using var reader = command.ExecuteReader();
            withWorks = StoreRowReaders.Ids(reader);
        }

        return StoreRowReaders.Profiles(GetPersons(ids), variants, institutions, withWorks);
    }

    public IReadOnlyList<QuarantineEntry> GetQuarantine(int limit)
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = StoreRowReaders.QuarantineSelect + " ORDER BY file_path, record_number LIMIT $limit";
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        return StoreRowReaders.Quarantine(reader);
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
}
