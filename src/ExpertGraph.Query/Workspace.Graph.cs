using ExpertGraph.Core.Storage;
using ExpertGraph.Query.Graph;

namespace ExpertGraph.Query;

public sealed partial class Workspace
{
    /// <summary>
    /// Loads the store's collaboration graph (every person, every derived collaboration), from the data folder's snapshot
    /// of it when that is current (<see cref="DataDirectory.GraphSnapshotPath"/>). Tie recency counts back from
    /// the current year of <paramref name="time"/>. Derived tables left stale by an interrupted ingest are reported,
    /// not silently used: <see cref="CollaborationNetwork.DerivedTablesStale"/>.
    /// </summary>
    public CollaborationNetwork OpenCollaborationNetwork(TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(time);
        var (graph, fromSnapshot) = StoreGraphLoader.LoadCached(_store, Directory.GraphSnapshotPath, time.GetUtcNow().Year, cancellationToken);
        return new CollaborationNetwork(_store, graph, new DerivedTablesOptions())
        {
            DerivedTablesStale = _store.DerivedTablesStale,
            LoadedFromSnapshot = fromSnapshot,
        };
    }
}
