using System.Data.Common;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Storage;

/// <summary>The statements and mappings behind the person facts scout filters read, one copy for both stores.</summary>
internal static class PersonFactQueries
{
    /// <summary>
    /// Authorships in (person, work) order, which the person index serves without a sort; a person written twice on a
    /// work comes back twice and is folded into one fact by <see cref="Stream"/>.
    /// </summary>
    public const string PersonWorksSql = """
        SELECT a.person_id, a.work_id, w.kind, w.year, COALESCE(w.citation_count, 0), a.institution_id, w.country_codes, p.country_code
        FROM authorships a
        JOIN works w ON w.id = a.work_id
        JOIN persons p ON p.id = a.person_id
        ORDER BY a.person_id, a.work_id
        """;

    public const string InstitutionsSql = "SELECT id, name, country_code FROM institutions ORDER BY id";

    public const string PersonConceptsSql = "SELECT person_id, concept_id, weight, work_count FROM person_concepts ORDER BY person_id, weight DESC, concept_id";

    public static IEnumerable<PersonWorkFact> Stream(DbDataReader reader, CancellationToken cancellationToken)
    {
        PersonWorkFact? pending = null;
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fact = new PersonWorkFact(
                new PersonId(reader.GetInt64(0)),
                new WorkId(reader.GetInt64(1)),
                (WorkKind)reader.GetInt64(2),
                reader.IsDBNull(3) ? null : (int)reader.GetInt64(3),
                (int)Math.Min(int.MaxValue, reader.GetInt64(4)),
                reader.IsDBNull(5) ? null : new InstitutionId(reader.GetInt64(5)),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7));
            if (pending is { } previous && previous.Person == fact.Person && previous.Work == fact.Work)
            {
                // The same person twice on a work: one fact, with the lower institution id (any is as true; this one is stable).
                if (fact.Institution is { } other && (previous.Institution is not { } kept || other.Value < kept.Value))
                    pending = previous with { Institution = other };
                continue;
            }

            if (pending is { } done) yield return done;
            pending = fact;
        }

        if (pending is { } last) yield return last;
    }

    public static List<Institution> ReadInstitutions(DbDataReader reader)
    {
        var institutions = new List<Institution>();
        while (reader.Read())
            institutions.Add(new Institution(new InstitutionId(reader.GetInt64(0)), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        return institutions;
    }

    public static IEnumerable<PersonConcept> StreamPersonConcepts(DbDataReader reader, CancellationToken cancellationToken)
    {
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new PersonConcept(new PersonId(reader.GetInt64(0)), reader.GetString(1), reader.GetDouble(2), (int)reader.GetInt64(3));
        }
    }
}
