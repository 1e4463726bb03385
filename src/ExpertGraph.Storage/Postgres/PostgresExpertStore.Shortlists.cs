using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Storage.Shortlists;

namespace ExpertGraph.Storage.Postgres;

public sealed partial class PostgresExpertStore
{
    public bool CreateShortlist(string name, string? note, DateTimeOffset createdAt) =>
        WriteInTransaction("creating a shortlist", (connection, transaction) => ShortlistQueries.Create(connection, transaction, name, note, createdAt));

    public int AddToShortlist(string name, IReadOnlyList<PersonId> persons, string? note, DateTimeOffset addedAt) =>
        WriteInTransaction("adding to a shortlist", (connection, transaction) => ShortlistQueries.Add(connection, transaction, name, persons, note, addedAt));

    public int RemoveFromShortlist(string name, IReadOnlyCollection<PersonId> persons) =>
        WriteInTransaction("removing from a shortlist", (connection, transaction) => ShortlistQueries.Remove(connection, transaction, name, persons));

    public bool DeleteShortlist(string name) =>
        WriteInTransaction("deleting a shortlist", (connection, transaction) => ShortlistQueries.Delete(connection, transaction, name));

    public Shortlist? GetShortlist(string name) =>
        PostgresErrors.Run("reading a shortlist", () =>
        {
            using var connection = _dataSource.OpenConnection();
            return ShortlistQueries.Get(connection, name);
        });

    public IReadOnlyList<Shortlist> GetShortlists() =>
        PostgresErrors.Run("reading shortlists", () =>
        {
            using var connection = _dataSource.OpenConnection();
            return ShortlistQueries.Read(connection, null);
        });
}
