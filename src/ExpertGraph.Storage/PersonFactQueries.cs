using System.Data.Common;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Core.Text;

namespace ExpertGraph.Storage;

/// <summary>
/// The statements and mappings behind the person facts scout filters read, one copy for both stores: each a scan in a
/// table's own order (joining them is the builder's work, in memory: a join in SQL ordered by person reads the
/// authorships and works in random order, minutes at a million works).
/// </summary>
internal static class PersonFactQueries
{
    public const string WorkFactsSql = "SELECT id, kind, year, COALESCE(citation_count, 0), country_codes FROM works ORDER BY id";

    public const string AuthorshipFactsSql = "SELECT work_id, person_id, institution_id FROM authorships ORDER BY work_id, position";

    public const string PersonCountriesSql = "SELECT id, country_code FROM persons WHERE country_code IS NOT NULL ORDER BY id";

    public const string InstitutionsSql = "SELECT id, name, country_code FROM institutions ORDER BY id";

    /// <summary>PostgreSQL's (SQLite reads <see cref="PersonConceptsByKeySql"/>): ids in code point order whatever the database's collation.</summary>
    public const string PersonConceptsSql = "SELECT person_id, concept_id, weight, work_count FROM person_concepts ORDER BY person_id, weight DESC, concept_id COLLATE \"C\"";

    /// <summary>The same rows in the table's key order, for <see cref="StrongestFirst"/> to order each person's as <see cref="PersonConceptsSql"/> does.</summary>
    public const string PersonConceptsByKeySql = "SELECT person_id, concept_id, weight, work_count FROM person_concepts ORDER BY person_id, concept_id";

    /// <summary>
    /// One person's profile rows sorted as <see cref="PersonConceptsSql"/> sorts them: weight descending, then concept id
    /// in SQL's binary order (UTF-8 bytes, which is code point order: <see cref="CodePointOrder"/>). Sorted in place.
    /// </summary>
    public static List<PersonConcept> StrongestFirst(List<PersonConcept> person)
    {
        person.Sort(static (a, b) => b.Weight.CompareTo(a.Weight) is var byWeight and not 0 ? byWeight : CodePointOrder.Compare(a.ConceptId, b.ConceptId));
        return person;
    }

    /// <summary>Ids are numbers we own, written into the statement as literals (nothing can be injected), as the graph's reads do.</summary>
    public static string WorkHeadlinesSql(IReadOnlyCollection<WorkId> works) =>
        $"SELECT id, kind, title, year FROM works WHERE id IN ({string.Join(',', works.Select(w => w.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).Distinct(StringComparer.Ordinal))}) ORDER BY id";

    public static List<WorkHeadline> ReadWorkHeadlines(DbDataReader reader)
    {
        var headlines = new List<WorkHeadline>();
        while (reader.Read())
            headlines.Add(new WorkHeadline(new WorkId(reader.GetInt64(0)), (WorkKind)reader.GetInt64(1), reader.GetString(2), reader.IsDBNull(3) ? null : (int)reader.GetInt64(3)));
        return headlines;
    }

    public static IEnumerable<WorkFact> StreamWorks(DbDataReader reader, CancellationToken cancellationToken)
    {
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new WorkFact(
                new WorkId(reader.GetInt64(0)),
                (WorkKind)reader.GetInt64(1),
                reader.IsDBNull(2) ? null : (int)reader.GetInt64(2),
                (int)Math.Min(int.MaxValue, reader.GetInt64(3)),
                reader.IsDBNull(4) ? null : reader.GetString(4));
        }
    }

    public static IEnumerable<AuthorshipFact> StreamAuthorships(DbDataReader reader, CancellationToken cancellationToken)
    {
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new AuthorshipFact(new WorkId(reader.GetInt64(0)), new PersonId(reader.GetInt64(1)), reader.IsDBNull(2) ? null : new InstitutionId(reader.GetInt64(2)));
        }
    }

    public static IEnumerable<(PersonId Person, string CountryCode)> StreamPersonCountries(DbDataReader reader, CancellationToken cancellationToken)
    {
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return (new PersonId(reader.GetInt64(0)), reader.GetString(1));
        }
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
