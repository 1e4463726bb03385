namespace ExpertGraph.Graph;

/// <summary>
/// Collects edges between external ids, then lays them out as a <see cref="CollaborationGraph"/>: arcs placed by source,
/// each adjacency sorted by target, nodes finally numbered in breadth-first order for locality (the same edges give the
/// same graph whatever order they came in). An edge given several times is one edge: its kind bits are
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
        // First numbering: ascending external id (renumbered breadth-first at the end).
        var ids = _ids.ToArray();
        var order = new int[n];
        for (var i = 0; i < n; i++) order[i] = i;
        Array.Sort((long[])ids.Clone(), order);
        var remap = new int[n];
        for (var final = 0; final < n; final++) remap[order[final]] = final;
        var sortedIds = new long[n];
        for (var i = 0; i < n; i++) sortedIds[remap[i]] = ids[i];

        // Each edge is an arc in both directions: place arcs by source (degree counts → offsets), then sort each
        // node's arcs by target, carrying the edge index to fetch its kind and strength.
        var arcs = (long)_count * 2;
        if (arcs > Array.MaxLength) throw new InvalidOperationException($"{_count} edges exceed one graph's capacity");
        var offsets = new int[n + 1];
        for (var e = 0; e < _count; e++)
        {
            offsets[remap[_from[e]] + 1]++;
            offsets[remap[_to[e]] + 1]++;
        }

        for (var node = 0; node < n; node++) offsets[node + 1] += offsets[node];
        var next = offsets[..n];
        var targets = new int[arcs];
        var edgeOf = new int[arcs];
        for (var e = 0; e < _count; e++)
        {
            int a = remap[_from[e]], b = remap[_to[e]];
            targets[next[a]] = b;
            edgeOf[next[a]++] = e;
            targets[next[b]] = a;
            edgeOf[next[b]++] = e;
        }

        for (var node = 0; node < n; node++) Array.Sort(targets, edgeOf, offsets[node], offsets[node + 1] - offsets[node]);

        // Merge repeats in place: the write position never passes the read position.
        var kinds = new EdgeKinds[arcs];
        var strengths = new float[arcs];
        var written = 0;
        for (var node = 0; node < n; node++)
        {
            var start = offsets[node];
            var end = offsets[node + 1];
            offsets[node] = written;
            for (var read = start; read < end; read++)
            {
                var kind = _kinds[edgeOf[read]];
                var strength = _strengths[edgeOf[read]];
                if (written > offsets[node] && targets[written - 1] == targets[read])
                {
                    var previous = kinds[written - 1];
                    strengths[written - 1] = (previous & kind) != 0
                        ? Math.Max(strengths[written - 1], strength)
                        : 1f - ((1f - strengths[written - 1]) * (1f - strength));
                    kinds[written - 1] = previous | kind;
                    continue;
                }

                targets[written] = targets[read];
                kinds[written] = kind;
                strengths[written] = strength;
                written++;
            }
        }

        offsets[n] = written;
        if (written < arcs)
        {
            Array.Resize(ref targets, written);
            Array.Resize(ref kinds, written);
            Array.Resize(ref strengths, written);
        }

        var selfLoops = _selfLoops.Select(node => remap[node]).ToArray();
        return InBreadthFirstOrder(offsets, targets, kinds, strengths, sortedIds, selfLoops);
    }

    /// <summary>
    /// Renumbers the nodes in breadth-first order (from the lowest id of each component, neighbours in id order), so a
    /// node's neighbours mostly sit near it in every per-node array: a search then touches few cache lines, where id
    /// order scatters a collaboration's persons over the whole graph. Deterministic: the same edges give the same
    /// numbering whatever order they came in.
    /// </summary>
    private static CollaborationGraph InBreadthFirstOrder(int[] offsets, int[] targets, EdgeKinds[] kinds, float[] strengths, long[] ids, int[] selfLoops)
    {
        var n = ids.Length;
        var order = new int[n];
        var renumbered = new int[n];
        Array.Fill(renumbered, -1);
        var count = 0;
        for (var start = 0; start < n; start++)
        {
            if (renumbered[start] >= 0) continue;
            renumbered[start] = count;
            order[count++] = start;
            for (var head = count - 1; head < count; head++)
            {
                var node = order[head];
                for (var edge = offsets[node]; edge < offsets[node + 1]; edge++)
                {
                    var neighbor = targets[edge];
                    if (renumbered[neighbor] >= 0) continue;
                    renumbered[neighbor] = count;
                    order[count++] = neighbor;
                }
            }
        }

        var newOffsets = new int[n + 1];
        var newTargets = new int[targets.Length];
        var newKinds = new EdgeKinds[targets.Length];
        var newStrengths = new float[targets.Length];
        var newIds = new long[n];
        var arcOf = new int[targets.Length];
        var written = 0;
        for (var node = 0; node < n; node++)
        {
            var old = order[node];
            newIds[node] = ids[old];
            newOffsets[node] = written;
            var start = written;
            for (var edge = offsets[old]; edge < offsets[old + 1]; edge++)
            {
                newTargets[written] = renumbered[targets[edge]];
                arcOf[written++] = edge;
            }

            Array.Sort(newTargets, arcOf, start, written - start);
            for (var arc = start; arc < written; arc++)
            {
                newKinds[arc] = kinds[arcOf[arc]];
                newStrengths[arc] = strengths[arcOf[arc]];
            }
        }

        newOffsets[n] = written;
        return new CollaborationGraph(newOffsets, newTargets, newKinds, newStrengths, newIds, [.. selfLoops.Select(node => renumbered[node])]);
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
