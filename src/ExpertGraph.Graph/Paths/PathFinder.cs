namespace ExpertGraph.Graph.Paths;

/// <summary>
/// Path searches on one <see cref="CollaborationGraph"/>. Holds scratch arrays sized to the graph (visit stamps, parents),
/// reused by every search, so a search allocates only its frontiers and its answer: one finder per thread, any number of
/// finders per graph.
/// </summary>
public sealed partial class PathFinder
{
    private readonly CollaborationGraph _graph;
    /// <summary>Which side of a bidirectional search has seen a node: 2·stamp forward, 2·stamp + 1 backward (the two sides
    /// never share a node, and one array means one memory read per scanned edge instead of two).</summary>
    private readonly int[] _side;
    private readonly int[] _parentForward;
    private readonly int[] _parentBackward;
    private readonly int[] _banned;
    private readonly HashSet<long> _bannedEdges = [];
    private int _stamp;
    private readonly List<int>[] _lists = [[], [], []];

    public PathFinder(CollaborationGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        _graph = graph;
        var n = graph.NodeCount;
        _side = new int[n];
        _settled = new int[n];
        _parentForward = new int[n];
        _parentBackward = new int[n];
        _banned = new int[n];
    }

    public CollaborationGraph Graph => _graph;

    /// <summary>
    /// A path of fewest hops from any of the sources to the target, or null when none is within the hop limit.
    /// Bidirectional breadth-first search: level by level from whichever side has the cheaper frontier (fewer edges to
    /// scan), stopping at the first level where the two sides meet.
    /// </summary>
    public GraphPath? FewestHops(IReadOnlyCollection<int> sources, int target, PathOptions? options = null)
    {
        options ??= new PathOptions();
        options.Validate();
        NewSearch();
        return Search(sources, target, options.MaxHops, options.Kinds, bans: false, bannedEdgeEnd: -1);
    }

    /// <summary>Node ids of a set, deduplicated, each checked against the graph.</summary>
    private void CheckNode(int node, string name)
    {
        if ((uint)node >= (uint)_graph.NodeCount) throw new ArgumentOutOfRangeException(name, node, $"the graph has {_graph.NodeCount} nodes");
    }

    private void NewSearch()
    {
        if (++_stamp != int.MaxValue / 2) return;
        Array.Clear(_side);
        Array.Clear(_settled);
        Array.Clear(_banned);
        _stamp = 1;
    }

    /// <summary>
    /// The search proper. With bans, nodes stamped in _banned and edges in _bannedEdges are not used (Yen's spur searches).
    /// Why the first meeting is a shortest path: a node the other side has seen lies on its current frontier (had the
    /// other side seen it earlier and expanded it, it would have seen this side's node and met first), so every meeting
    /// found while expanding one level has the same length.
    /// </summary>
    /// <param name="bannedEdgeEnd">The node every banned edge touches (Yen's spur node), so other edges skip the lookup.</param>
    private GraphPath? Search(IReadOnlyCollection<int> sources, int target, int maxHops, EdgeKinds kinds, bool bans, int bannedEdgeEnd)
    {
        CheckNode(target, nameof(target));
        ArgumentNullException.ThrowIfNull(sources);
        var stamp = _stamp;
        var forwardMark = stamp * 2;
        var backwardMark = forwardMark + 1;
        // Three lists rotate: each side's frontier and the level being built.
        var forward = _lists[0];
        var backward = _lists[1];
        var spare = _lists[2];
        forward.Clear();
        long forwardCost = 0;
        foreach (var source in sources)
        {
            CheckNode(source, nameof(sources));
            if (bans && _banned[source] == stamp) continue;
            if (source == target) return new GraphPath([target]);
            if (_side[source] == forwardMark) continue;
            _side[source] = forwardMark;
            _parentForward[source] = -1;
            forward.Add(source);
            forwardCost += _graph.Degree(source);
        }

        if (forward.Count == 0 || (bans && _banned[target] == stamp)) return null;
        _side[target] = backwardMark;
        _parentBackward[target] = -1;
        backward.Clear();
        backward.Add(target);
        long backwardCost = _graph.Degree(target);

        var offsets = _graph.Offsets;
        var targets = _graph.Targets;
        var edgeKinds = _graph.Kinds;
        var checkKinds = kinds != EdgeKinds.All;
        for (var hops = 0; hops < maxHops && forward.Count > 0 && backward.Count > 0; hops++)
        {
            var expandForward = forwardCost <= backwardCost;
            var frontier = expandForward ? forward : backward;
            var mine = expandForward ? forwardMark : backwardMark;
            var theirs = mine ^ 1;
            var side = _side;
            var parent = expandForward ? _parentForward : _parentBackward;
            var checkBannedEdges = bans && _bannedEdges.Count > 0;
            var next = spare;
            next.Clear();
            long nextCost = 0;
            foreach (var node in frontier)
            {
                for (var edge = offsets[node]; edge < offsets[node + 1]; edge++)
                {
                    var neighbor = targets[edge];
                    if (checkKinds && (edgeKinds[edge] & kinds) == 0) continue;
                    if (bans && _banned[neighbor] == stamp) continue;
                    if (checkBannedEdges && (node == bannedEdgeEnd || neighbor == bannedEdgeEnd) && _bannedEdges.Contains(EdgeKey(node, neighbor))) continue;
                    var seenBy = side[neighbor];
                    if (seenBy == theirs)
                        return expandForward ? Join(node, neighbor) : Join(neighbor, node);
                    if (seenBy == mine) continue;
                    side[neighbor] = mine;
                    parent[neighbor] = node;
                    next.Add(neighbor);
                    nextCost += offsets[neighbor + 1] - offsets[neighbor];
                }
            }

            // The expanded frontier's list is free again: it takes the next level's place.
            spare = frontier;
            if (expandForward)
            {
                forward = next;
                forwardCost = nextCost;
            }
            else
            {
                backward = next;
                backwardCost = nextCost;
            }
        }

        return null;
    }

    /// <summary>The path through the edge forwardNode → backwardNode, where the two searches met.</summary>
    private GraphPath Join(int forwardNode, int backwardNode)
    {
        var nodes = new List<int>();
        for (var node = forwardNode; node != -1; node = _parentForward[node]) nodes.Add(node);
        nodes.Reverse();
        for (var node = backwardNode; node != -1; node = _parentBackward[node]) nodes.Add(node);
        return new GraphPath(nodes);
    }

    private static long EdgeKey(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;
}
