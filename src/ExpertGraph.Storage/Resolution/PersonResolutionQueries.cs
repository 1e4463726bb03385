using System.Data.Common;
using System.Text.Json;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Resolution;
using ExpertGraph.Storage.Curation;
using ExpertGraph.Storage.Sqlite;

namespace ExpertGraph.Storage.Resolution;

/// <summary>Reads of persons' resolution confidence and flags (schema 8), the same SQL on both stores.</summary>
internal static class PersonResolutionQueries
{
    /// <summary>
    /// The flagged persons are picked through the partial index ix_persons_flagged (its predicate is repeated word for word,
    /// which SQLite needs to use it) before their mentions are counted, so only the returned persons are counted.
    /// </summary>
    public static IReadOnlyList<FlaggedPerson> Flagged(DbConnection connection, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return new CurationSql(connection, null).Query("""
            SELECT f.id, f.display_name, f.resolution_confidence, f.resolution_flags,
                   (SELECT COUNT(*) FROM authorships a WHERE a.person_id = f.id)
            FROM (SELECT p.id, p.display_name, p.resolution_confidence, p.resolution_flags FROM persons p
                  WHERE p.resolution_flags <> '[]'
                  ORDER BY p.resolution_confidence, p.id LIMIT @limit) f
            ORDER BY f.resolution_confidence, f.id
            """,
            r => new FlaggedPerson(new PersonId(r.GetInt64(0)), r.GetString(1), r.GetDouble(2), Flags(r.GetString(3)), (int)r.GetInt64(4)),
            ("@limit", limit));
    }

    public static PersonResolution? Resolution(DbConnection connection, PersonId person) =>
        new CurationSql(connection, null).Query(
            "SELECT resolution_confidence, resolution_flags FROM persons WHERE id = @p AND resolution_confidence IS NOT NULL",
            r => r.IsDBNull(1)
                ? new PersonResolution(r.GetDouble(0), []) { Inspected = false }
                : new PersonResolution(r.GetDouble(0), Flags(r.GetString(1))),
            ("@p", person.Value)).FirstOrDefault();

    private static string[] Flags(string json) => [.. JsonSerializer.Deserialize(json, StoreJson.Default.IReadOnlyListString) ?? []];
}
