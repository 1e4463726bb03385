using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using Npgsql;

namespace ExpertGraph.Storage.Postgres;

public sealed partial class PostgresExpertStore
{
    public IEnumerable<PersonWorkFact> ReadPersonWorkFacts(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var connection = PostgresErrors.Run("reading person facts", () => _dataSource.OpenConnection());
        using var command = new NpgsqlCommand(PersonFactQueries.PersonWorksSql, connection) { CommandTimeout = 0 };
        using var reader = PostgresErrors.Run("reading person facts", () => command.ExecuteReader());
        foreach (var fact in PersonFactQueries.Stream(reader, cancellationToken)) yield return fact;
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
