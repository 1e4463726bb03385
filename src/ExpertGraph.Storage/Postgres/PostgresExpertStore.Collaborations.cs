using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using Npgsql;

namespace ExpertGraph.Storage.Postgres;

public sealed partial class PostgresExpertStore
{
    public IEnumerable<CollaborationRow> ReadCollaborations(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var connection = PostgresErrors.Run("reading collaborations", () => _dataSource.OpenConnection());
        using var command = new NpgsqlCommand(CollaborationQueries.ReadAllSql, connection) { CommandTimeout = 0 };
        using var reader = PostgresErrors.Run("reading collaborations", () => command.ExecuteReader());
        foreach (var row in CollaborationQueries.Read(reader, cancellationToken)) yield return row;
    }

    public IReadOnlyList<SharedWork> GetSharedWorks(IReadOnlyCollection<PersonId> left, IReadOnlyCollection<PersonId> right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (CollaborationQueries.IsEmpty(left) || CollaborationQueries.IsEmpty(right)) return [];
        return PostgresErrors.Run("reading shared works", () =>
        {
            using var connection = _dataSource.OpenConnection();
            using var command = new NpgsqlCommand(CollaborationQueries.SharedWorksSql(left, right), connection);
            using var reader = command.ExecuteReader();
            return CollaborationQueries.ReadSharedWorks(reader);
        });
    }

    public IReadOnlyList<CoauthorCount> GetCoauthorCounts(IReadOnlyCollection<PersonId> left, IReadOnlyCollection<PersonId> right, int sinceYear, int maxAuthors)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (CollaborationQueries.IsEmpty(left) || CollaborationQueries.IsEmpty(right)) return [];
        return PostgresErrors.Run("reading co-author counts", () =>
        {
            using var connection = _dataSource.OpenConnection();
            using var command = new NpgsqlCommand(CollaborationQueries.CoauthorCountsSql(left, right, sinceYear, maxAuthors), connection);
            using var reader = command.ExecuteReader();
            return CollaborationQueries.ReadCoauthorCounts(reader);
        });
    }

    public IEnumerable<AffiliationSpan> ReadAffiliationSpans(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var connection = PostgresErrors.Run("reading affiliations", () => _dataSource.OpenConnection());
        using var command = new NpgsqlCommand(CollaborationQueries.AllAffiliationsSql, connection) { CommandTimeout = 0 };
        using var reader = PostgresErrors.Run("reading affiliations", () => command.ExecuteReader());
        foreach (var span in CollaborationQueries.StreamAffiliations(reader, cancellationToken)) yield return span;
    }

    public IReadOnlyList<AffiliationSpan> GetAffiliations(IReadOnlyCollection<PersonId> persons)
    {
        ArgumentNullException.ThrowIfNull(persons);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (CollaborationQueries.IsEmpty(persons)) return [];
        return PostgresErrors.Run("reading affiliations", () =>
        {
            using var connection = _dataSource.OpenConnection();
            using var command = new NpgsqlCommand(CollaborationQueries.AffiliationsSql(persons), connection);
            using var reader = command.ExecuteReader();
            return CollaborationQueries.ReadAffiliations(reader);
        });
    }
}
