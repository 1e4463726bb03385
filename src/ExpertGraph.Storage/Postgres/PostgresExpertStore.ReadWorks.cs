using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Storage.Schema;
using Npgsql;

namespace ExpertGraph.Storage.Postgres;

public sealed partial class PostgresExpertStore
{
    /// <summary>The same statement and mapping as the embedded store's, streamed by Npgsql row by row (nothing buffered).</summary>
    public IEnumerable<StoredWork> ReadWorks(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var connection = PostgresErrors.Run("reading works", () => _dataSource.OpenConnection());
        using var command = new NpgsqlCommand(StoredWorkReader.Sql(SqlDialect.Postgres), connection) { CommandTimeout = 0 };
        using var reader = PostgresErrors.Run("reading works", () => command.ExecuteReader());
        foreach (var work in StoredWorkReader.Read(reader, cancellationToken)) yield return work;
    }

    public IEnumerable<WorkText> ReadWorkTexts(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var connection = PostgresErrors.Run("reading works", () => _dataSource.OpenConnection());
        using var command = new NpgsqlCommand(WorkTextReader.Sql, connection) { CommandTimeout = 0 };
        using var reader = PostgresErrors.Run("reading works", () => command.ExecuteReader());
        foreach (var work in WorkTextReader.Read(reader, cancellationToken)) yield return work;
    }

    public IReadOnlyList<PersonId> GetStaleExperts(PersonId after, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return Read("reading experts to index", connection =>
        {
            using var command = new NpgsqlCommand("SELECT person_id FROM stale_experts WHERE person_id > $1 ORDER BY person_id LIMIT $2", connection);
            command.Parameters.AddWithValue(after.Value);
            command.Parameters.AddWithValue(limit);
            using var reader = command.ExecuteReader();
            return StoreRowReaders.PersonIds(reader);
        });
    }

    public IReadOnlyList<PersonId> GetPersonsWithoutWorks() => Read("reading persons without works", connection =>
    {
        using var command = new NpgsqlCommand("SELECT id FROM persons p WHERE NOT EXISTS (SELECT 1 FROM authorships a WHERE a.person_id = p.id) ORDER BY id", connection);
        using var reader = command.ExecuteReader();
        return StoreRowReaders.PersonIds(reader);
    });

    public IEnumerable<PersonId> ReadPersonIds(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var connection = PostgresErrors.Run("reading persons", () => _dataSource.OpenConnection());
        using var command = new NpgsqlCommand("SELECT id FROM persons ORDER BY id", connection) { CommandTimeout = 0 };
        using var reader = PostgresErrors.Run("reading persons", () => command.ExecuteReader());
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new PersonId(reader.GetInt64(0));
        }
    }
}
