using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Storage.Sqlite;

public sealed partial class SqliteExpertStore
{
    public IEnumerable<WorkFact> ReadWorkFacts(CancellationToken cancellationToken) =>
        StreamRows(PersonFactQueries.WorkFactsSql, reader => PersonFactQueries.StreamWorks(reader, cancellationToken));

    public IEnumerable<AuthorshipFact> ReadAuthorshipFacts(CancellationToken cancellationToken) =>
        StreamRows(PersonFactQueries.AuthorshipFactsSql, reader => PersonFactQueries.StreamAuthorships(reader, cancellationToken));

    public IEnumerable<(PersonId Person, string CountryCode)> ReadPersonCountries(CancellationToken cancellationToken) =>
        StreamRows(PersonFactQueries.PersonCountriesSql, reader => PersonFactQueries.StreamPersonCountries(reader, cancellationToken));

    public IReadOnlyList<WorkHeadline> GetWorkHeadlines(IReadOnlyCollection<WorkId> works)
    {
        ArgumentNullException.ThrowIfNull(works);
        if (works.Count == 0) return [];
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = PersonFactQueries.WorkHeadlinesSql(works);
        using var reader = command.ExecuteReader();
        return PersonFactQueries.ReadWorkHeadlines(reader);
    }

    public IReadOnlyList<Institution> ReadInstitutions()
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = PersonFactQueries.InstitutionsSql;
        using var reader = command.ExecuteReader();
        return PersonFactQueries.ReadInstitutions(reader);
    }

    /// <summary>
    /// Read in the table's own key order (person, concept), which needs no sort (ordered by weight, SQLite sorted every
    /// row through a temporary B-tree: most of the person facts' time), each person's rows then put in the order promised;
    /// the few thousand concept ids are shared, not read as a new string per row.
    /// </summary>
    public IEnumerable<PersonConcept> ReadPersonConcepts(CancellationToken cancellationToken)
    {
        using var connection = OpenReader();
        using var statement = new RawStatement(connection, PersonFactQueries.PersonConceptsByKeySql);
        var ids = new Utf8StringPool();
        var person = new List<PersonConcept>();
        while (statement.Step())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var concept = new PersonConcept(new PersonId(statement.Int64(0)), ids.Get(statement.Bytes(1)), statement.Double(2), (int)statement.Int64(3));
            if (person.Count > 0 && person[0].Person != concept.Person)
            {
                foreach (var row in PersonFactQueries.StrongestFirst(person)) yield return row;
                person.Clear();
            }

            person.Add(concept);
        }

        foreach (var row in PersonFactQueries.StrongestFirst(person)) yield return row;
    }

    /// <summary>One statement's rows, streamed on a reader connection of their own (held until the caller stops enumerating).</summary>
    private IEnumerable<T> StreamRows<T>(string sql, Func<System.Data.Common.DbDataReader, IEnumerable<T>> read)
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        foreach (var row in read(reader)) yield return row;
    }
}
