using ExpertGraph.Core.Storage;
using ExpertGraph.Query.Graph;

namespace ExpertGraph.Query;

public sealed partial class Workspace
{
    /// <summary>
    /// Loads the store's collaboration graph (every person, every derived collaboration). Tie recency counts back from
    /// the current year of <paramref name="time"/>. Derived tables left stale by an interrupted ingest are reported,
    /// not silently used: <see cref="CollaborationNetwork.DerivedTablesStale"/>.
    /// </summary>
    public CollaborationNetwork OpenCollaborationNetwork(TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(time);
        var graph = StoreGraphLoader.Load(_store, time.GetUtcNow().Year, cancellationToken);
        return new CollaborationNetwork(_store, graph, new DerivedTablesOptions()) { DerivedTablesStale = _store.DerivedTablesStale };
    }
}
