using ExpertGraph.Query;
using ExpertGraph.Query.Graph;
using ExpertGraph.Query.Peers;
using ExpertGraph.Search.Experts;

namespace ExpertGraph.Api.Hosting;

/// <summary>
/// The workspace's readers, opened once and shared by requests: the expert searcher (used by one request at a time:
/// its Lucene parsers are not thread-safe), the peer finder and the collaboration network (both safe to share). Each is
/// opened again when the store's derived generation moved on (an ingest in another process) or a curator decision
/// changed the index (<see cref="Invalidate"/>).
/// </summary>
public sealed class QueryViews(Workspace workspace, TimeProvider time) : IDisposable
{
    private readonly Lock _searchGate = new();
    private readonly Lock _gate = new();
    private (long Generation, ExpertSearcher Searcher)? _searcher;
    private (long Generation, PeerFinder Finder)? _peers;
    private (long Generation, CollaborationNetwork Network)? _network;

    public T Search<T>(Func<ExpertSearcher, T> use)
    {
        ArgumentNullException.ThrowIfNull(use);
        lock (_searchGate)
        {
            var generation = workspace.Store.DerivedGeneration;
            if (_searcher is { } stale && stale.Generation != generation) DropSearcher();
            _searcher ??= (generation, workspace.OpenSearcher(clock: time));
            return use(_searcher.Value.Searcher);
        }
    }

    public PeerFinder Peers()
    {
        lock (_gate)
        {
            var generation = workspace.Store.DerivedGeneration;
            if (_peers is not { } current || current.Generation != generation) _peers = current = (generation, workspace.OpenPeerFinder(time));
            return current.Finder;
        }
    }

    public CollaborationNetwork Network()
    {
        lock (_gate)
        {
            var generation = workspace.Store.DerivedGeneration;
            if (_network is not { } current || current.Generation != generation) _network = current = (generation, workspace.OpenCollaborationNetwork(time));
            return current.Network;
        }
    }

    /// <summary>Drops every reader: the next request opens them over the store and index as they are now.</summary>
    public void Invalidate()
    {
        lock (_searchGate) DropSearcher();
        lock (_gate)
        {
            _peers = null;
            _network = null;
        }
    }

    public void Dispose() => Invalidate();

    private void DropSearcher()
    {
        _searcher?.Searcher.Dispose();
        _searcher = null;
    }
}
