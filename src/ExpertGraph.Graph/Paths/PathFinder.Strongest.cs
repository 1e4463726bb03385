namespace ExpertGraph.Graph.Paths;

public sealed partial class PathFinder
{
    /// <summary>Nodes Dijkstra has settled (stamped like the breadth-first searches' sides).</summary>
    private readonly int[] _settled;

    /// <summary>
    /// The path whose ties are strongest together (largest product of tie strengths, i.e. least sum of −log strength)
    /// within the hop limit, or null when the target is out of reach. Dijkstra first; when its answer is longer than the
    /// hop limit, a hop-bounded Bellman–Ford (one relaxation round per hop, only from nodes improved in the last round)
    /// finds the strongest path among the short enough ones.
    /// </summary>
    public GraphPath? StrongestPath(IReadOnlyCollection<int> sources, int target, PathOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        options ??= new PathOptions();
        options.Validate();
        CheckNode(target, nameof(target));
        foreach (var source in sources)
        {
            CheckNode(source, nameof(sources));
            if (source == target) return new GraphPath([target]);
        }

        var unbounded = Dijkstra(sources, target, options.Kinds);
        if (unbounded is null || unbounded.Hops <= options.MaxHops) return unbounded;
        return BoundedStrongest(sources, target, options);
    }

    private GraphPath? Dijkstra(IReadOnlyCollection<int> sources, int target, EdgeKinds kinds)
    {
        NewSearch();
        var stamp = _stamp;
        var cost = new Dictionary<int, double>();
        var queue = new PriorityQueue<int, double>();
        foreach (var source in sources)
        {
            cost[source] = 0;
            _parentForward[source] = -1;
            queue.Enqueue(source, 0);
        }

        var offsets = _graph.Offsets;
        var targets = _graph.Targets;
        var edgeKinds = _graph.Kinds;
        var strengths = _graph.Strengths;
        while (queue.TryDequeue(out var node, out var distance))
        {
            if (_settled[node] == stamp) continue; // settled already, a stale queue entry
            _settled[node] = stamp;
            if (node == target) return Trace(node, _parentForward);
            for (var edge = offsets[node]; edge < offsets[node + 1]; edge++)
            {
                if ((edgeKinds[edge] & kinds) == 0) continue;
                var neighbor = targets[edge];
                if (_settled[neighbor] == stamp) continue;
                var through = distance - Math.Log(strengths[edge]);
                if (cost.TryGetValue(neighbor, out var known) && known <= through) continue;
                cost[neighbor] = through;
                _parentForward[neighbor] = node;
                queue.Enqueue(neighbor, through);
            }
        }

        return null;
    }

    private GraphPath? BoundedStrongest(IReadOnlyCollection<int> sources, int target, PathOptions options)
    {
        // best[h][v]: least cost of a walk of at most h hops; parents per round make the path traceable. Costs are
        // non-negative, so the best walk within the bound is a simple path.
        var costs = new Dictionary<int, double>[options.MaxHops + 1];
        var parents = new Dictionary<int, int>[options.MaxHops + 1];
        costs[0] = sources.Distinct().ToDictionary(source => source, _ => 0.0);
        parents[0] = costs[0].Keys.ToDictionary(source => source, _ => -1);
        var changed = costs[0].Keys.ToList();
        var offsets = _graph.Offsets;
        var targets = _graph.Targets;
        var edgeKinds = _graph.Kinds;
        var strengths = _graph.Strengths;
        for (var hop = 1; hop <= options.MaxHops; hop++)
        {
            costs[hop] = new Dictionary<int, double>(costs[hop - 1]);
            parents[hop] = [];
            var improved = new List<int>();
            foreach (var node in changed)
            {
                var distance = costs[hop - 1][node];
                for (var edge = offsets[node]; edge < offsets[node + 1]; edge++)
                {
                    if ((edgeKinds[edge] & options.Kinds) == 0) continue;
                    var neighbor = targets[edge];
                    var through = distance - Math.Log(strengths[edge]);
                    if (costs[hop].TryGetValue(neighbor, out var known) && known <= through) continue;
                    if (!parents[hop].ContainsKey(neighbor)) improved.Add(neighbor);
                    costs[hop][neighbor] = through;
                    parents[hop][neighbor] = node;
                }
            }

            changed = improved;
        }

        if (!costs[options.MaxHops].ContainsKey(target)) return null;
        // Walk back: at round h a node's entry is either new this round (parent in parents[h]) or carried from h-1.
        var nodes = new List<int>();
        var current = target;
        for (var hop = options.MaxHops; current != -1;)
        {
            while (hop > 0 && !parents[hop].ContainsKey(current)) hop--;
            nodes.Add(current);
            if (hop == 0) break;
            current = parents[hop][current];
            hop--;
        }

        nodes.Reverse();
        return new GraphPath(nodes);
    }

    private static GraphPath Trace(int node, int[] parent)
    {
        var nodes = new List<int>();
        for (var current = node; current != -1; current = parent[current]) nodes.Add(current);
        nodes.Reverse();
        return new GraphPath(nodes);
    }
}
