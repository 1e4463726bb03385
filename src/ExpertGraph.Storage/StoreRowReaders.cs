using System.Data.Common;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Storage;

/// <summary>
/// The row mappings both stores share for persons, profiles and the quarantine: each store writes only its own
/// WHERE clause and parameter binding (ANY($1) on PostgreSQL, an IN list on SQLite). Integers are read as 64-bit,
/// which both drivers give for their integer columns.
/// </summary>
internal static class StoreRowReaders
{
    /// <summary>The person summary columns; the store appends its <c>WHERE p.id …</c>.</summary>
    public const string PersonSummarySelect = """
        SELECT p.id, p.display_name, i.name, COALESCE(p.country_code, i.country_code), p.orcid,
               COALESCE(s.work_count, 0), s.first_year, s.last_year
        FROM persons p
        LEFT JOIN institutions i ON i.id = p.institution_id
        LEFT JOIN person_stats s ON s.person_id = p.id
        """;

    /// <summary>The quarantine columns; the store appends its ORDER BY (PostgreSQL orders paths bytewise, as SQLite does).</summary>
    public const string QuarantineSelect = "SELECT file_path, record_number, line, byte_offset, reason, raw_text FROM quarantine";

    public static List<PersonSummary> PersonSummaries(DbDataReader reader, int capacity)
    {
        var found = new List<PersonSummary>(capacity);
        while (reader.Read())
        {
            found.Add(new PersonSummary(new PersonId(reader.GetInt64(0)), reader.GetString(1))
            {
                Institution = Text(reader, 2),
                CountryCode = Text(reader, 3),
                Orcid = Text(reader, 4),
                WorkCount = (int)reader.GetInt64(5),
                FirstYear = reader.IsDBNull(6) ? null : (int)reader.GetInt64(6),
                LastYear = reader.IsDBNull(7) ? null : (int)reader.GetInt64(7),
            });
        }

        return found;
    }

    /// <summary>Rows of (person id, text) grouped by person, in the statement's order.</summary>
    public static Dictionary<long, List<string>> TextsByPerson(DbDataReader reader)
    {
        var map = new Dictionary<long, List<string>>();
        while (reader.Read())
        {
            var key = reader.GetInt64(0);
            if (!map.TryGetValue(key, out var list)) map[key] = list = [];
            list.Add(reader.GetString(1));
        }

        return map;
    }

    public static List<PersonProfile> Profiles(IEnumerable<PersonSummary> persons, Dictionary<long, List<string>> variants, Dictionary<long, List<string>> institutions, HashSet<long> withWorks) =>
        [.. persons.Select(person => new PersonProfile(
            person.Id,
            person.DisplayName,
            variants.TryGetValue(person.Id.Value, out var names) ? names : [],
            institutions.TryGetValue(person.Id.Value, out var places) ? places : [],
            person.CountryCode)
        {
            HasWorks = withWorks.Contains(person.Id.Value),
        })];

    /// <summary>Person ids in the order the reader returns them (one id column).</summary>
    public static IReadOnlyList<PersonId> PersonIds(DbDataReader reader)
    {
        var ids = new List<PersonId>();
        while (reader.Read()) ids.Add(new PersonId(reader.GetInt64(0)));
        return ids;
    }

    /// <summary>The ids a reader of single id columns returns.</summary>
    public static HashSet<long> Ids(DbDataReader reader)
    {
        var ids = new HashSet<long>();
        while (reader.Read()) ids.Add(reader.GetInt64(0));
        return ids;
    }

    public static List<QuarantineEntry> Quarantine(DbDataReader reader)
    {
        var entries = new List<QuarantineEntry>();
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

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
