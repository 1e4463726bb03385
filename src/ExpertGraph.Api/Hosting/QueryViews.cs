using System.Collections.Concurrent;
using ExpertGraph.Query;
using ExpertGraph.Query.Graph;
using ExpertGraph.Query.Peers;
using ExpertGraph.Search.Experts;
using ExpertGraph.Search.Growth;

namespace ExpertGraph.Api.Hosting;

/// <summary>
/// The workspace's readers, opened once and shared by requests: expert searchers (each used by one request at a time,
/// since its Lucene parsers are not thread-safe: a pool of one per core, so searches run side by side), the peer finder
/// and the collaboration network (both safe to share). Each is opened again when the store's derived generation moved
/// on (an ingest in another process) or a curator decision changed the index (<see cref="Invalidate"/>). The career
/// history of flows and trends is kept the same way, with the trends' backtest per horizon (training is the slow part).
/// </summary>
public sealed class QueryViews(Workspace workspace, TimeProvider time) : IDisposable
{
    private static readonly int SearcherCount = Math.Max(2, Environment.ProcessorCount);

    private readonly SemaphoreSlim _searchSlots = new(SearcherCount, SearcherCount);
    private readonly ConcurrentBag<SearcherLease> _idleSearchers = [];
    private readonly Lock _gate = new();
    private long _epoch;
    private (long Generation, PeerFinder Finder)? _peers;
    private (long Generation, CollaborationNetwork Network)? _network;
    private readonly Lock _growthGate = new();
    private (long Generation, CareerHistory History, Dictionary<int, GrowthBacktestResult> Backtests)? _growth;

    /// <summary>The seed of the trends' trees: fixed, so the same data gives the same answer to every caller.</summary>
    public const int TrendSeed = 1;

    public T Search<T>(Func<ExpertSearcher, T> use)
    {
        ArgumentNullException.ThrowIfNull(use);
        _searchSlots.Wait();
        SearcherLease? lease = null;
        try
        {
            var generation = workspace.Store.DerivedGeneration;
            var epoch = Volatile.Read(ref _epoch);
            while (lease is null && _idleSearchers.TryTake(out var idle))
            {
                if (idle.Generation == generation && idle.Epoch == epoch) lease = idle;
                else idle.Searcher.Dispose();
            }

            lease ??= new SearcherLease(generation, epoch, workspace.OpenSearcher(clock: time));
            return use(lease.Searcher);
        }
        finally
        {
            // A searcher opened before an invalidation goes; the others wait for the next request.
            if (lease is not null)
            {
                if (lease.Epoch == Volatile.Read(ref _epoch)) _idleSearchers.Add(lease);
                else lease.Searcher.Dispose();
            }

            _searchSlots.Release();
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

    /// <summary>Every person's dated works as time series (flows, trends), loaded once per store generation.</summary>
    public CareerHistory CareerHistory()
    {
        lock (_growthGate) return GrowthState().History;
    }

    /// <summary>The history with the backtest trends predict from at <paramref name="horizon"/> years (trained once per history and horizon).</summary>
    public (CareerHistory History, GrowthBacktestResult Backtest) Trends(int horizon)
    {
        lock (_growthGate)
        {
            var (_, history, backtests) = GrowthState();
            if (!backtests.TryGetValue(horizon, out var backtest)) backtests[horizon] = backtest = Query.Growth.GrowthTrends.Backtest(history, horizon, TrendSeed);
            return (history, backtest);
        }
    }

    private (long Generation, CareerHistory History, Dictionary<int, GrowthBacktestResult> Backtests) GrowthState()
    {
        var generation = workspace.Store.DerivedGeneration;
        if (_growth is not { } current || current.Generation != generation)
            _growth = current = (generation, workspace.LoadCareerHistory(CancellationToken.None), []);
        return current;
    }

    /// <summary>Drops every reader: the next request opens them over the store and index as they are now.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _epoch);
        while (_idleSearchers.TryTake(out var idle)) idle.Searcher.Dispose();
        lock (_gate)
        {
            _peers = null;
            _network = null;
        }

        lock (_growthGate) _growth = null;
    }

    public void Dispose()
    {
        Invalidate();
        _searchSlots.Dispose();
    }

    private sealed record SearcherLease(long Generation, long Epoch, ExpertSearcher Searcher);
}
