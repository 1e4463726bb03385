using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Storage.Schema;

namespace ExpertGraph.Storage.Sqlite;

public sealed partial class SqliteExpertStore
{
    public IEnumerable<StoredWork> ReadWorks(CancellationToken cancellationToken)
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = StoredWorkReader.Sql(SqlDialect.Sqlite);
        using var reader = command.ExecuteReader();
        foreach (var work in StoredWorkReader.Read(reader, cancellationToken)) yield return work;
    }

    public IEnumerable<WorkText> ReadWorkTexts(CancellationToken cancellationToken)
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = WorkTextReader.Sql;
        using var reader = command.ExecuteReader();
        foreach (var work in WorkTextReader.Read(reader, cancellationToken)) yield return work;
    }

    public IReadOnlyList<PersonId> GetStaleExperts(PersonId after, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT person_id FROM stale_experts WHERE person_id > $after ORDER BY person_id LIMIT $limit";
        command.Parameters.AddWithValue("$after", after.Value);
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        return StoreRowReaders.PersonIds(reader);
    }

    public IReadOnlyList<PersonId> GetPersonsWithoutWorks()
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM persons p WHERE NOT EXISTS (SELECT 1 FROM authorships a WHERE a.person_id = p.id) ORDER BY id";
        using var reader = command.ExecuteReader();
        return StoreRowReaders.PersonIds(reader);
    }

    public IEnumerable<PersonId> ReadPersonIds(CancellationToken cancellationToken)
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM persons ORDER BY id";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new PersonId(reader.GetInt64(0));
        }
    }
}
