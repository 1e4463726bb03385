using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Storage.ProfilePages;
using Npgsql;

namespace ExpertGraph.Storage.Postgres;

public sealed partial class PostgresExpertStore
{
    public UpsertOutcome UpsertProfilePage(ProfilePage page, string contentHash, DateTimeOffset readAt)
    {
        ArgumentNullException.ThrowIfNull(page);
        return WriteInTransaction("storing a profile page", (connection, transaction) => ProfilePageQueries.Upsert(connection, transaction, page, contentHash, readAt));
    }

    public void SetProfilePageMatch(string pageKey, ProfilePageMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        WriteInTransaction("matching a profile page", (connection, transaction) =>
        {
            ProfilePageQueries.SetMatch(connection, transaction, pageKey, match);
            return 0;
        });
    }

    public IReadOnlyList<StoredProfilePage> GetProfilePages(PersonId person) =>
        PostgresErrors.Run("reading profile pages", () =>
        {
            using var connection = _dataSource.OpenConnection();
            return ProfilePageQueries.OfPerson(connection, person);
        });

    public IReadOnlyList<StoredProfilePage> ReadProfilePages() =>
        PostgresErrors.Run("reading profile pages", () =>
        {
            using var connection = _dataSource.OpenConnection();
            return ProfilePageQueries.All(connection);
        });

    /// <summary>One small write (a page, a key, an audit row) in its own transaction under the writer lock.</summary>
    private T WriteInTransaction<T>(string doing, Func<NpgsqlConnection, NpgsqlTransaction, T> write)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writerGate.Wait();
        try
        {
            return PostgresErrors.Run(doing, () =>
            {
                using var connection = _dataSource.OpenConnection();
                using var transaction = connection.BeginTransaction();
                Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({WriterLock})");
                var result = write(connection, transaction);
                transaction.Commit();
                return result;
            });
        }
        finally
        {
            _writerGate.Release();
        }
    }
}
