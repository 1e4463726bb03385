using System.Data.Common;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Storage.Curation;

namespace ExpertGraph.Storage.Profiles;

/// <summary>
/// The reads behind a person's profile, the same SQL on both stores. Each starts from the person's authorships
/// (ix_authorships_person_institution) and reaches works and co-authors by primary keys, so its cost follows the person's works,
/// not the store's size.
/// </summary>
internal static class PersonProfileQueries
{
    public static PersonStats? Stats(DbConnection connection, PersonId person) =>
        new CurationSql(connection, null).Query("""
            SELECT work_count, paper_count, patent_count, project_count, citation_count, h_index, first_year, last_year
            FROM person_stats WHERE person_id = @p
            """,
            r => new PersonStats(person, Int(r, 0), Int(r, 1), Int(r, 2), Int(r, 3), r.GetInt64(4), Int(r, 5), Year(r, 6), Year(r, 7)),
            ("@p", person.Value)).FirstOrDefault();

    public static IReadOnlyList<PersonWork> Works(DbConnection connection, PersonId person) =>
        new CurationSql(connection, null).Query("""
            SELECT w.id, w.source, w.source_id, w.kind, w.title, w.year, w.venue, w.citation_count
            FROM works w
            WHERE w.id IN (SELECT a.work_id FROM authorships a WHERE a.person_id = @p)
            ORDER BY CASE WHEN w.year IS NULL THEN 1 ELSE 0 END, w.year DESC, w.id DESC
            """,
            r => new PersonWork(new WorkId(r.GetInt64(0)), new SourceKey(r.GetString(1), r.GetString(2)), (WorkKind)r.GetInt64(3), r.GetString(4),
                Year(r, 5), CurationSql.Text(r, 6), r.IsDBNull(7) ? null : Int(r, 7)),
            ("@p", person.Value));

    /// <summary>
    /// Counts works as the derived collaborations do (distinct persons on the work, at most the limit), without their
    /// table: it is keyed by the smaller person id first, so one person's rows as the second would be a scan of it.
    /// </summary>
    public static IReadOnlyList<Coauthor> Coauthors(DbConnection connection, PersonId person, int maxAuthorsPerWork)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAuthorsPerWork, 2);
        return new CurationSql(connection, null).Query("""
            SELECT b.person_id, p.display_name, COUNT(DISTINCT w.id), MIN(w.year), MAX(w.year)
            FROM (SELECT DISTINCT work_id FROM authorships WHERE person_id = @p) mine
            JOIN works w ON w.id = mine.work_id
            JOIN authorships b ON b.work_id = mine.work_id AND b.person_id <> @p
            JOIN persons p ON p.id = b.person_id
            WHERE (SELECT COUNT(DISTINCT c.person_id) FROM authorships c WHERE c.work_id = mine.work_id) <= @max
            GROUP BY b.person_id, p.display_name
            ORDER BY b.person_id
            """,
            r => new Coauthor(new PersonId(r.GetInt64(0)), r.GetString(1), Int(r, 2), Year(r, 3), Year(r, 4)),
            ("@p", person.Value), ("@max", maxAuthorsPerWork));
    }

    private static int Int(DbDataReader reader, int ordinal) => (int)reader.GetInt64(ordinal);

    private static int? Year(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : Int(reader, ordinal);
}
