namespace ExpertGraph.Graph.Paths;

public sealed partial class PathFinder
{
    /// <summary>
    /// Up to k simple paths of fewest hops, shortest first (ties in node order), from any source to the target:
    /// Yen's algorithm, each spur search a bidirectional breadth-first search with the root path's nodes and the used
    /// edges banned. With several sources it behaves as from a virtual node joined to all of them; a path never passes
    /// through a second source (the part from that source on is a shorter path of its own).
    /// </summary>
    public IReadOnlyList<GraphPath> ShortestPaths(IReadOnlyCollection<int> sources, int target, int k, PathOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        options ??= new PathOptions();
        options.Validate();
        var sourceSet = sources.Distinct().ToArray();
        var first = FewestHops(sourceSet, target, options);
        if (first is null) return [];

        var found = new List<GraphPath> { first };
        var candidates = new SortedSet<GraphPath>(PathOrder.Instance);
        var known = new HashSet<GraphPath>(PathOrder.Instance) { first };
        while (found.Count < k)
        {
            var previous = found[^1];
            // Spur at i = -1 is the virtual root: a path from another source, not starting like any found one.
            for (var i = -1; i < previous.Hops; i++)
            {
                NewSearch();
                var stamp = _stamp;
                _bannedEdges.Clear();
                foreach (var path in found)
                {
                    if (i < 0 || SharesRoot(path, previous, i)) BanNext(path, i, stamp);
                }

                for (var j = 0; j < i; j++) _banned[previous.Nodes[j]] = stamp;
                int? spur = i < 0 ? null : previous.Nodes[i];
                foreach (var source in sourceSet)
                {
                    if (source != spur && (i >= 0 || _banned[source] == stamp)) _banned[source] = stamp;
                }

                var spurSources = i < 0 ? sourceSet : [spur!.Value];
                var budget = options.MaxHops - Math.Max(i, 0);
                var spurPath = Search(spurSources, target, budget, options.Kinds, bans: true, bannedEdgeEnd: spur ?? -1);
                _bannedEdges.Clear();
                if (spurPath is null) continue;
                var nodes = new List<int>(i + spurPath.Nodes.Count);
                for (var j = 0; j < i; j++) nodes.Add(previous.Nodes[j]);
                nodes.AddRange(spurPath.Nodes);
                var candidate = new GraphPath(nodes);
                if (known.Add(candidate)) candidates.Add(candidate);
            }

            if (candidates.Count == 0) break;
            var best = candidates.Min!;
            candidates.Remove(best);
            found.Add(best);
        }

        return found;
    }

    private static bool SharesRoot(GraphPath path, GraphPath previous, int length)
    {
        if (path.Nodes.Count <= length) return false;
        for (var j = 0; j <= length; j++)
        {
            if (path.Nodes[j] != previous.Nodes[j]) return false;
        }

        return true;
    }

    /// <summary>Bans what a found path does right after its first i+1 nodes: its next edge, or (i = -1) its source.</summary>
    private void BanNext(GraphPath path, int i, int stamp)
    {
        if (i < 0) _banned[path.Nodes[0]] = stamp;
        else if (i + 1 < path.Nodes.Count) _bannedEdges.Add(EdgeKey(path.Nodes[i], path.Nodes[i + 1]));
    }

    /// <summary>Fewer hops first, then node numbers: a total order, so equal-length answers are reproducible.</summary>
    private sealed class PathOrder : IComparer<GraphPath>, IEqualityComparer<GraphPath>
    {
        public static readonly PathOrder Instance = new();

        public int Compare(GraphPath? x, GraphPath? y)
        {
            if (ReferenceEquals(x, y)) return 0;
            if (x is null) return -1;
            if (y is null) return 1;
            var byLength = x.Nodes.Count.CompareTo(y.Nodes.Count);
            if (byLength != 0) return byLength;
            for (var i = 0; i < x.Nodes.Count; i++)
            {
                var byNode = x.Nodes[i].CompareTo(y.Nodes[i]);
                if (byNode != 0) return byNode;
            }

            return 0;
        }

        public bool Equals(GraphPath? x, GraphPath? y) => Compare(x, y) == 0;

        public int GetHashCode(GraphPath obj)
        {
            var hash = new HashCode();
            foreach (var node in obj.Nodes) hash.Add(node);
            return hash.ToHashCode();
        }
    }
}
