namespace ExpertGraph.Graph;

/// <summary>
/// Collects edges between external ids, then lays them out as a <see cref="CollaborationGraph"/>: nodes numbered in
/// ascending id order (so a graph is the same whatever order its edges came in), each adjacency sorted by target by two
/// counting sorts (linear in the edges, no comparison sort). An edge given several times is one edge: its kind bits are
/// OR-ed; strengths of a repeated kind keep the larger (the same tie listed twice), strengths of different kinds combine
/// as independent evidence, 1 − (1 − a)(1 − b).
/// </summary>
public sealed class GraphBuilder
{
    private readonly Dictionary<long, int> _provisional = [];
    private readonly List<long> _ids = [];
    private readonly List<int> _selfLoops = [];
    private int[] _from = new int[1024];
    private int[] _to = new int[1024];
    private EdgeKinds[] _kinds = new EdgeKinds[1024];
    private float[] _strengths = new float[1024];
    private int _count;

    /// <summary>Lines added, including repeats and self loops.</summary>
    public long EdgesAdded { get; private set; }

    /// <summary>Adds a node that may have no edge (a person with no collaborator still belongs to the graph).</summary>
    public int AddNode(long id)
    {
        if (_provisional.TryGetValue(id, out var node)) return node;
        node = _ids.Count;
        _provisional.Add(id, node);
        _ids.Add(id);
        return node;
    }

    public void AddEdge(long a, long b, EdgeKinds kinds = EdgeKinds.Paper, float strength = 0.5f)
    {
        if (kinds == EdgeKinds.None) throw new ArgumentException("an edge needs at least one kind", nameof(kinds));
        if (!(strength > 0f && strength <= 1f)) throw new ArgumentOutOfRangeException(nameof(strength), strength, "a tie strength is in (0, 1]");
        EdgesAdded++;
        var from = AddNode(a);
        var to = AddNode(b);
        if (from == to)
        {
            _selfLoops.Add(from);
            return;
        }

        if (_count == _from.Length) Grow();
        _from[_count] = from;
        _to[_count] = to;
        _kinds[_count] = kinds;
        _strengths[_count] = strength;
        _count++;
    }

    public CollaborationGraph Build()
    {
        var n = _ids.Count;
        // Final node numbers: ascending external id.
        var ids = _ids.ToArray();
        var order = new int[n];
        for (var i = 0; i < n; i++) order[i] = i;
        Array.Sort((long[])ids.Clone(), order);
        var remap = new int[n];
        for (var final = 0; final < n; final++) remap[order[final]] = final;
        var sortedIds = new long[n];
        for (var i = 0; i < n; i++) sortedIds[remap[i]] = ids[i];

        // Arcs: edge e gives arc 2e (from → to) and 2e+1 (to → from).
        var arcs = (long)_count * 2;
        if (arcs > int.MaxValue) throw new InvalidOperationException($"{_count} edges exceed one graph's capacity");
        int Source(int arc) => remap[(arc & 1) == 0 ? _from[arc >> 1] : _to[arc >> 1]];
        int Target(int arc) => remap[(arc & 1) == 0 ? _to[arc >> 1] : _from[arc >> 1]];

        var byTarget = CountingSort(n, (int)arcs, Enumerable.Range(0, (int)arcs).ToArray(), Target);
        var bySource = CountingSort(n, (int)arcs, byTarget, Source); // stable: targets stay ascending within a source

        var offsets = new int[n + 1];
        var targets = new int[arcs];
        var kinds = new EdgeKinds[arcs];
        var strengths = new float[arcs];
        var written = 0;
        var arcIndex = 0;
        for (var node = 0; node < n; node++)
        {
            offsets[node] = written;
            while (arcIndex < bySource.Length && Source(bySource[arcIndex]) == node)
            {
                var arc = bySource[arcIndex++];
                var target = Target(arc);
                var kind = _kinds[arc >> 1];
                var strength = _strengths[arc >> 1];
                if (written > offsets[node] && targets[written - 1] == target)
                {
                    var previous = kinds[written - 1];
                    strengths[written - 1] = (previous & kind) != 0
                        ? Math.Max(strengths[written - 1], strength)
                        : 1f - ((1f - strengths[written - 1]) * (1f - strength));
                    kinds[written - 1] = previous | kind;
                    continue;
                }

                targets[written] = target;
                kinds[written] = kind;
                strengths[written] = strength;
                written++;
            }
        }

        offsets[n] = written;
        Array.Resize(ref targets, written);
        Array.Resize(ref kinds, written);
        Array.Resize(ref strengths, written);
        var selfLoops = _selfLoops.Select(node => remap[node]).ToArray();
        return new CollaborationGraph(offsets, targets, kinds, strengths, sortedIds, selfLoops);
    }

    private static int[] CountingSort(int buckets, int length, int[] items, Func<int, int> key)
    {
        var counts = new int[buckets + 1];
        foreach (var item in items) counts[key(item) + 1]++;
        for (var i = 1; i <= buckets; i++) counts[i] += counts[i - 1];
        var sorted = new int[length];
        foreach (var item in items) sorted[counts[key(item)]++] = item;
        return sorted;
    }

    private void Grow()
    {
        var size = _from.Length * 2;
        Array.Resize(ref _from, size);
        Array.Resize(ref _to, size);
        Array.Resize(ref _kinds, size);
        Array.Resize(ref _strengths, size);
    }
}
