using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using Npgsql;

namespace ExpertGraph.Storage.Postgres;

public sealed partial class PostgresExpertStore
{
    public IEnumerable<WorkFact> ReadWorkFacts(CancellationToken cancellationToken) =>
        StreamRows("reading work facts", PersonFactQueries.WorkFactsSql, reader => PersonFactQueries.StreamWorks(reader, cancellationToken));

    public IEnumerable<AuthorshipFact> ReadAuthorshipFacts(CancellationToken cancellationToken) =>
        StreamRows("reading authorship facts", PersonFactQueries.AuthorshipFactsSql, reader => PersonFactQueries.StreamAuthorships(reader, cancellationToken));

    public IEnumerable<(PersonId Person, string CountryCode)> ReadPersonCountries(CancellationToken cancellationToken) =>
        StreamRows("reading person countries", PersonFactQueries.PersonCountriesSql, reader => PersonFactQueries.StreamPersonCountries(reader, cancellationToken));

    public IReadOnlyList<WorkHeadline> GetWorkHeadlines(IReadOnlyCollection<WorkId> works)
    {
        ArgumentNullException.ThrowIfNull(works);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (works.Count == 0) return [];
        return PostgresErrors.Run("reading works", () =>
        {
            using var connection = _dataSource.OpenConnection();
            using var command = new NpgsqlCommand(PersonFactQueries.WorkHeadlinesSql(works), connection);
            using var reader = command.ExecuteReader();
            return PersonFactQueries.ReadWorkHeadlines(reader);
        });
    }

    public IReadOnlyList<Institution> ReadInstitutions()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return PostgresErrors.Run("reading institutions", () =>
        {
            using var connection = _dataSource.OpenConnection();
            using var command = new NpgsqlCommand(PersonFactQueries.InstitutionsSql, connection);
            using var reader = command.ExecuteReader();
            return PersonFactQueries.ReadInstitutions(reader);
        });
    }

    public IEnumerable<PersonConcept> ReadPersonConcepts(CancellationToken cancellationToken) =>
        StreamRows("reading concept profiles", PersonFactQueries.PersonConceptsSql, reader => PersonFactQueries.StreamPersonConcepts(reader, cancellationToken));

    /// <summary>One statement's rows, streamed on a connection of their own (held until the caller stops enumerating), without a timeout.</summary>
    private IEnumerable<T> StreamRows<T>(string doing, string sql, Func<System.Data.Common.DbDataReader, IEnumerable<T>> read)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var connection = PostgresErrors.Run(doing, () => _dataSource.OpenConnection());
        using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        using var reader = PostgresErrors.Run(doing, () => command.ExecuteReader());
        foreach (var row in read(reader)) yield return row;
    }
}
