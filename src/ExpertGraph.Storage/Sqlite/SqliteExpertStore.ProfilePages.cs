using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Storage.ProfilePages;
using Microsoft.Data.Sqlite;

namespace ExpertGraph.Storage.Sqlite;

public sealed partial class SqliteExpertStore
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

    public IReadOnlyList<StoredProfilePage> GetProfilePages(PersonId person)
    {
        using var connection = OpenReader();
        return ProfilePageQueries.OfPerson(connection, person);
    }

    public IReadOnlyList<StoredProfilePage> ReadProfilePages()
    {
        using var connection = OpenReader();
        return ProfilePageQueries.All(connection);
    }

    /// <summary>One small write (a page, a key, an audit row) in its own transaction under the writer lock.</summary>
    private T WriteInTransaction<T>(string doing, Func<SqliteConnection, SqliteTransaction, T> write)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writerGate.Wait();
        try
        {
            using var transaction = _writer.BeginTransaction(deferred: false);
            var result = write(_writer, transaction);
            transaction.Commit();
            return result;
        }
        catch (SqliteException ex)
        {
            throw new StoreException($"{doing} in {DatabasePath}: {ex.Message}", ex.SqliteErrorCode is SqliteErrorCodes.Busy or SqliteErrorCodes.Locked, ex);
        }
        finally
        {
            ReleaseWriter();
        }
    }
}
