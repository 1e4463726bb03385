using System.Data.Common;
using System.Globalization;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Storage;

/// <summary>
/// The statements and mappings behind the graph's reads, one copy for both stores. Person sets are written into the
/// statement as integer literals (ids are numbers, so nothing can be injected), which both databases plan well for
/// the few thousand ids a conflict check or a path's evidence names.
/// </summary>
internal static class CollaborationQueries
{
    public const string ReadAllSql = """
        SELECT person_a, person_b, kind, work_count, first_year, last_year
        FROM collaborations ORDER BY person_a, person_b, kind
        """;

    public static IEnumerable<CollaborationRow> Read(DbDataReader reader, CancellationToken cancellationToken)
    {
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new CollaborationRow(new PersonId(reader.GetInt64(0)), new PersonId(reader.GetInt64(1)), (WorkKind)reader.GetInt64(2),
                (int)reader.GetInt64(3), Year(reader, 4), Year(reader, 5));
        }
    }

    public static string SharedWorksSql(IReadOnlyCollection<PersonId> left, IReadOnlyCollection<PersonId> right) => $"""
        SELECT DISTINCT l.person_id, r.person_id, w.id, w.kind, w.title, w.year, {AuthorCount} AS authors
        {SharedWorksOf(left, right)}
        ORDER BY l.person_id, r.person_id, w.year DESC, w.id
        """;

    /// <summary>
    /// The shared works of <see cref="SharedWorksSql"/> counted in the database: none of their titles is read, and each
    /// pair comes back once per kind (a conflict check's second-degree ties).
    /// </summary>
    public static string CoauthorCountsSql(IReadOnlyCollection<PersonId> left, IReadOnlyCollection<PersonId> right, int sinceYear, int maxAuthors) => $"""
        SELECT l.person_id, r.person_id, w.kind, COUNT(DISTINCT w.id), MAX(w.year)
        {SharedWorksOf(left, right)}
          AND (w.year IS NULL OR w.year >= {sinceYear.ToString(CultureInfo.InvariantCulture)})
          AND {AuthorCount} <= {maxAuthors.ToString(CultureInfo.InvariantCulture)}
        GROUP BY l.person_id, r.person_id, w.kind
        ORDER BY l.person_id, r.person_id, w.kind
        """;

    public static List<CoauthorCount> ReadCoauthorCounts(DbDataReader reader)
    {
        var counts = new List<CoauthorCount>();
        while (reader.Read())
        {
            counts.Add(new CoauthorCount(new PersonId(reader.GetInt64(0)), new PersonId(reader.GetInt64(1)), (WorkKind)reader.GetInt64(2),
                (int)reader.GetInt64(3), Year(reader, 4)));
        }

        return counts;
    }

    /// <summary>Each work a person of <paramref name="left"/> shares with another person of <paramref name="right"/>, once per pair (aliases l, r, w).</summary>
    private static string SharedWorksOf(IReadOnlyCollection<PersonId> left, IReadOnlyCollection<PersonId> right) => $"""
        FROM authorships l
        JOIN authorships r ON r.work_id = l.work_id AND r.person_id <> l.person_id
        JOIN works w ON w.id = l.work_id
        WHERE l.person_id IN ({IdList(left)}) AND r.person_id IN ({IdList(right)})
        """;

    /// <summary>How many persons work w has.</summary>
    private const string AuthorCount = "(SELECT COUNT(DISTINCT x.person_id) FROM authorships x WHERE x.work_id = w.id)";

    public static List<SharedWork> ReadSharedWorks(DbDataReader reader)
    {
        var works = new List<SharedWork>();
        while (reader.Read())
        {
            works.Add(new SharedWork(new PersonId(reader.GetInt64(0)), new PersonId(reader.GetInt64(1)), new WorkId(reader.GetInt64(2)),
                (WorkKind)reader.GetInt64(3), reader.GetString(4), Year(reader, 5), (int)reader.GetInt64(6)));
        }

        return works;
    }

    public static string AffiliationsSql(IReadOnlyCollection<PersonId> persons) => $"""
        SELECT a.person_id, i.id, i.name, i.country_code, MIN(w.year), MAX(w.year), COUNT(DISTINCT w.id)
        FROM authorships a
        JOIN institutions i ON i.id = a.institution_id
        JOIN works w ON w.id = a.work_id
        WHERE a.person_id IN ({IdList(persons)})
        GROUP BY a.person_id, i.id, i.name, i.country_code
        ORDER BY a.person_id, MAX(w.year) DESC, i.id
        """;

    /// <summary>From the derived spans (rebuilt with the collaborations), in primary key order: no sort.</summary>
    public const string AllAffiliationsSql = """
        SELECT p.person_id, i.id, i.name, i.country_code, p.first_year, p.last_year, p.work_count
        FROM person_institutions p JOIN institutions i ON i.id = p.institution_id
        ORDER BY p.institution_id, p.person_id
        """;

    public static List<AffiliationSpan> ReadAffiliations(DbDataReader reader) => [.. StreamAffiliations(reader, CancellationToken.None)];

    public static IEnumerable<AffiliationSpan> StreamAffiliations(DbDataReader reader, CancellationToken cancellationToken)
    {
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new AffiliationSpan(new PersonId(reader.GetInt64(0)), new InstitutionId(reader.GetInt64(1)), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), Year(reader, 4), Year(reader, 5), (int)reader.GetInt64(6));
        }
    }

    /// <summary>Whether a set is empty: then no statement is needed, the answer is empty.</summary>
    public static bool IsEmpty(IReadOnlyCollection<PersonId> persons) => persons.Count == 0;

    internal static string IdList(IReadOnlyCollection<PersonId> persons) =>
        string.Join(',', persons.Select(p => p.Value.ToString(CultureInfo.InvariantCulture)).Distinct(StringComparer.Ordinal));

    private static int? Year(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : (int)reader.GetInt64(column);
}
