using ExpertGraph.Core.Model;
using ExpertGraph.Storage.Curation;

namespace ExpertGraph.Storage.Sqlite;

internal sealed partial class SqliteWriteSession
{
    private Dictionary<PersonId, PersonId>? _redirects;

    public IReadOnlyDictionary<int, PersonId> GetPins(WorkId work) =>
        // A work inserted in this session cannot have been pinned yet.
        _insertedWorks.Contains(work.Value) ? new Dictionary<int, PersonId>() : CurationQueries.Pins(_connection, _transaction, work);

    /// <summary>Asked for every resolved mention: the redirects are read once per session (the writer lock keeps them unchanged).</summary>
    public PersonId? RedirectOf(PersonId person)
    {
        _redirects ??= CurationQueries.Redirects(_connection, _transaction);
        return _redirects.TryGetValue(person, out var target) ? target : null;
    }

    public IReadOnlyList<PersonId> SeparatedFrom(PersonId person) => CurationQueries.Separations(_connection, _transaction, person);
}
