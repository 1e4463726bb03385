using ExpertGraph.Core.Model;
using ExpertGraph.Storage.Curation;

namespace ExpertGraph.Storage.Postgres;

internal sealed partial class PostgresWriteSession
{
    private Dictionary<PersonId, PersonId>? _redirects;

    public IReadOnlyDictionary<int, PersonId> GetPins(WorkId work) =>
        // A work inserted in this session cannot have been pinned yet: no round trip for new works.
        _newWorks.ContainsKey(work.Value)
            ? new Dictionary<int, PersonId>()
            : PostgresErrors.Run("reading pins", () => CurationQueries.Pins(_connection, _transaction, work));

    /// <summary>Asked for every resolved mention: the redirects are read once per session (the writer lock keeps them unchanged).</summary>
    public PersonId? RedirectOf(PersonId person)
    {
        _redirects ??= PostgresErrors.Run("reading redirects", () => CurationQueries.Redirects(_connection, _transaction));
        return _redirects.TryGetValue(person, out var target) ? target : null;
    }

    public IReadOnlyList<PersonId> SeparatedFrom(PersonId person) =>
        PostgresErrors.Run("reading separations", () => CurationQueries.Separations(_connection, _transaction, person));
}
