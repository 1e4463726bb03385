using System.Globalization;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Resolution;

namespace ExpertGraph.Storage.Curation;

/// <summary>
/// What moving mentions and persons means to the store, one text for a curator's decisions (<see cref="CurationWriter"/>)
/// and for re-resolution (<see cref="Resolution.PersonResolutionWriter"/>), so the two cannot drift apart.
/// </summary>
internal static class PersonRowMoves
{
    /// <summary>Moves one mention to another person: its authorship, its mention key, and the name as written.</summary>
    public static void MoveMention(CurationSql sql, WorkId work, int position, SourceKey workKey, PersonId from, string rawName, PersonId to)
    {
        sql.Execute("UPDATE authorships SET person_id = @to WHERE work_id = @w AND position = @pos", ("@to", to.Value), ("@w", work.Value), ("@pos", position));
        // The first-cut resolver keys a mention without hard ids by its place on the work: that key goes with it.
        sql.Execute("UPDATE person_keys SET person_id = @to WHERE key = @key", ("@to", to.Value), ("@key", MentionKey.Of(workKey, position)));
        sql.Execute("INSERT INTO name_variants (person_id, name) VALUES (@p, @name) ON CONFLICT DO NOTHING", ("@p", to.Value), ("@name", rawName));
        sql.Execute("""
            DELETE FROM name_variants WHERE person_id = @p AND name = @name
              AND NOT EXISTS (SELECT 1 FROM authorships WHERE person_id = @p AND raw_name = @name)
            """, ("@p", from.Value), ("@name", rawName));
    }

    /// <summary>
    /// Moves everything the persons selected by <paramref name="sources"/> (a parenthesized subquery or list over
    /// <paramref name="bound"/>) own to <paramref name="target"/> and deletes them: authorships, keys, name variants, pins,
    /// separations, redirects that led to them, the target's missing ORCID / institution / country, and their derived rows.
    /// Their own redirects must be written first; <paramref name="sources"/> must not select the target.
    /// </summary>
    public static void MoveEverything(CurationSql sql, string sources, (string Name, object? Value) bound, PersonId target)
    {
        var t = ("@t", (object?)target.Value);
        // Earlier redirects to a source now lead to the target: lookups stay one step.
        sql.Execute($"UPDATE person_redirects SET to_person = @t WHERE to_person IN {sources}", t, bound);
        sql.Execute($"UPDATE authorships SET person_id = @t WHERE person_id IN {sources}", t, bound);
        sql.Execute($"UPDATE person_keys SET person_id = @t WHERE person_id IN {sources}", t, bound);
        sql.Execute($"INSERT INTO name_variants (person_id, name) SELECT @t, v.name FROM name_variants v WHERE v.person_id IN {sources} ON CONFLICT DO NOTHING", t, bound);
        sql.Execute($"DELETE FROM name_variants WHERE person_id IN {sources}", bound);
        sql.Execute($"UPDATE mention_pins SET person_id = @t WHERE person_id IN {sources}", t, bound);
        // Whoever a source was separated from is now separated from the target.
        sql.Execute($"""
            INSERT INTO person_separations (person_a, person_b, log_id)
            SELECT CASE WHEN x.other < @t THEN x.other ELSE @t END, CASE WHEN x.other < @t THEN @t ELSE x.other END, x.log_id
            FROM (SELECT person_b AS other, log_id FROM person_separations WHERE person_a IN {sources}
                  UNION ALL SELECT person_a AS other, log_id FROM person_separations WHERE person_b IN {sources}) x
            WHERE x.other <> @t
            ON CONFLICT DO NOTHING
            """, t, bound);
        sql.Execute($"DELETE FROM person_separations WHERE person_a IN {sources} OR person_b IN {sources}", bound);
        sql.Execute($"""
            UPDATE persons SET
                orcid = COALESCE(orcid, (SELECT MIN(s.orcid) FROM persons s WHERE s.id IN {sources})),
                institution_id = COALESCE(institution_id, (SELECT MIN(s.institution_id) FROM persons s WHERE s.id IN {sources})),
                country_code = COALESCE(country_code, (SELECT MIN(s.country_code) FROM persons s WHERE s.id IN {sources}))
            WHERE id = @t
            """, t, bound);
        sql.Execute($"DELETE FROM persons WHERE id IN {sources}", bound);
        // Derived rows of the removed persons would name persons that no longer exist until the next rebuild.
        sql.Execute($"DELETE FROM person_stats WHERE person_id IN {sources}", bound);
        sql.Execute($"DELETE FROM person_concepts WHERE person_id IN {sources}", bound);
    }
}
