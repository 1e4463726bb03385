using System.Globalization;
using ExpertGraph.Core.Storage;
using ExpertGraph.Storage.Schema;

namespace ExpertGraph.Storage;

/// <summary>
/// Person concept profiles, derived from the works' concept tags: a person's weight on a concept is the sum over their
/// works of the work's weight on it times a recency factor h / (h + years before the newest work in the store), where
/// h = <see cref="DerivedTablesOptions.ConceptHalfLifeYears"/> (a work h years older counts half; a work without a
/// year counts half). The reference year is the store's newest year, not today, so a rebuild is a function of the data.
/// Profiles are made of the concepts the works name (matched tags): the ancestors' share is a function of those and
/// the lexicon, and leaving it out halves the rows this aggregates (measured at 100K works: see RESULTS.md). Each
/// person keeps their strongest <see cref="DerivedTablesOptions.ConceptsPerPerson"/> concepts, equal weights by concept
/// id. Runs after the temp table work_persons exists. The PostgreSQL store runs this SQL; the SQLite store computes the
/// same in process (<see cref="Sqlite.SqliteConceptProfiles"/>), since SQLite sorts every row through temporary B-trees.
/// </summary>
internal static class ConceptProfiles
{
    public static string RebuildSql(SqlDialect dialect, DerivedTablesOptions options)
    {
        var half = options.ConceptHalfLifeYears.ToString("0.0##", CultureInfo.InvariantCulture);
        var keep = options.ConceptsPerPerson.ToString(CultureInfo.InvariantCulture);
        var greatest = dialect == SqlDialect.Postgres ? "GREATEST" : "MAX";
        return $"""
            DELETE FROM person_concepts;
            INSERT INTO person_concepts (person_id, concept_id, weight, work_count)
            SELECT person_id, concept_id, weight, work_count FROM (
                SELECT wp.person_id, c.concept_id,
                       SUM(c.weight * CASE WHEN w.year IS NULL THEN 0.5
                                           ELSE {half} / ({half} + {greatest}(0, r.year - w.year)) END) AS weight,
                       COUNT(*) AS work_count,
                       ROW_NUMBER() OVER (PARTITION BY wp.person_id
                                          ORDER BY SUM(c.weight * CASE WHEN w.year IS NULL THEN 0.5
                                                                       ELSE {half} / ({half} + {greatest}(0, r.year - w.year)) END) DESC,
                                                   c.concept_id) AS rank
                FROM work_persons wp
                JOIN work_concepts c ON c.work_id = wp.work_id AND c.matched = 1
                JOIN works w ON w.id = wp.work_id
                CROSS JOIN (SELECT COALESCE(MAX(year), 0) AS year FROM works) r
                GROUP BY wp.person_id, c.concept_id) ranked
            WHERE rank <= {keep};
            """;
    }
}
