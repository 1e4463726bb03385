using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using Npgsql;

namespace ExpertGraph.Storage.Postgres;

public sealed partial class PostgresExpertStore
{
    public IEnumerable<WorkFact> ReadWorkFacts(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var connection = PostgresErrors.Run("reading work facts", () => _dataSource.OpenConnection());
        using var command = new NpgsqlCommand(PersonFactQueries.WorkFactsSql, connection) { CommandTimeout = 0 };
        using var reader = PostgresErrors.Run("reading work facts", () => command.ExecuteReader());
        foreach (var row in PersonFactQueries.StreamWorks(reader, cancellationToken)) yield return row;
    }

    public IEnumerable<AuthorshipFact> ReadAuthorshipFacts(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var connection = PostgresErrors.Run("reading authorship facts", () => _dataSource.OpenConnection());
        using var command = new NpgsqlCommand(PersonFactQueries.AuthorshipFactsSql, connection) { CommandTimeout = 0 };
        using var reader = PostgresErrors.Run("reading authorship facts", () => command.ExecuteReader());
        foreach (var row in PersonFactQueries.StreamAuthorships(reader, cancellationToken)) yield return row;
    }

    public IEnumerable<(PersonId Person, string CountryCode)> ReadPersonCountries(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var connection = PostgresErrors.Run("reading person countries", () => _dataSource.OpenConnection());
        using var command = new NpgsqlCommand(PersonFactQueries.PersonCountriesSql, connection) { CommandTimeout = 0 };
        using var reader = PostgresErrors.Run("reading person countries", () => command.ExecuteReader());
        foreach (var row in PersonFactQueries.StreamPersonCountries(reader, cancellationToken)) yield return row;
    }

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

    public IEnumerable<PersonConcept> ReadPersonConcepts(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var connection = PostgresErrors.Run("reading concept profiles", () => _dataSource.OpenConnection());
        using var command = new NpgsqlCommand(PersonFactQueries.PersonConceptsSql, connection) { CommandTimeout = 0 };
        using var reader = PostgresErrors.Run("reading concept profiles", () => command.ExecuteReader());
        foreach (var concept in PersonFactQueries.StreamPersonConcepts(reader, cancellationToken)) yield return concept;
    }
}
