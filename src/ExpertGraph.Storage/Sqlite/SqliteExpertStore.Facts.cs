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

    public IEnumerable<PersonConcept> ReadPersonConcepts(CancellationToken cancellationToken) =>
        StreamRows(PersonFactQueries.PersonConceptsSql, reader => PersonFactQueries.StreamPersonConcepts(reader, cancellationToken));

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
