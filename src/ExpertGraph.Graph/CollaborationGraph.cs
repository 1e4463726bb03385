namespace ExpertGraph.Graph;

/// <summary>
/// An undirected collaboration graph in compressed sparse row form: nodes are dense ints 0..n-1 mapped to external ids
/// (person ids, or the ids of an edge-list file), each edge is stored once per direction, sorted by target, with its
/// kind bits and a tie strength in (0, 1]. No object per node or edge: a million persons with ten million edges take
/// about 4 bytes per node and 9 bytes per edge direction, plus the id map. Immutable once built, so any number of
/// searches can share it; <see cref="GraphBuilder"/> makes one.
/// </summary>
public sealed class CollaborationGraph
{
    private readonly int[] _offsets;
    private readonly int[] _targets;
    private readonly EdgeKinds[] _kinds;
    private readonly float[] _strengths;
    private readonly long[] _ids;
    private readonly Dictionary<long, int> _nodes;
    private readonly int[] _selfLoops;

    internal CollaborationGraph(int[] offsets, int[] targets, EdgeKinds[] kinds, float[] strengths, long[] ids, int[] selfLoops)
    {
        _offsets = offsets;
        _targets = targets;
        _kinds = kinds;
        _strengths = strengths;
        _ids = ids;
        _selfLoops = selfLoops;
        _nodes = new Dictionary<long, int>(ids.Length);
        for (var node = 0; node < ids.Length; node++) _nodes.Add(ids[node], node);
    }

    public int NodeCount => _ids.Length;

    /// <summary>Distinct undirected edges between two different nodes.</summary>
    public long EdgeCount => _targets.LongLength / 2;

    /// <summary>Lines of the source that joined a node to itself: kept out of the adjacency, counted for statistics.</summary>
    public long SelfLoopCount => _selfLoops.LongLength;

    internal ReadOnlySpan<int> SelfLoopNodes => _selfLoops;

    /// <summary>Start of each node's adjacency in <see cref="Targets"/> (length NodeCount + 1).</summary>
    internal ReadOnlySpan<int> Offsets => _offsets;

    internal ReadOnlySpan<int> Targets => _targets;

    internal ReadOnlySpan<EdgeKinds> Kinds => _kinds;

    internal ReadOnlySpan<float> Strengths => _strengths;

    internal ReadOnlySpan<long> Ids => _ids;

    public long IdOf(int node) => _ids[node];

    public bool TryGetNode(long id, out int node) => _nodes.TryGetValue(id, out node);

    public int Degree(int node) => _offsets[node + 1] - _offsets[node];

    public ReadOnlySpan<int> Neighbors(int node) => _targets.AsSpan(_offsets[node], _offsets[node + 1] - _offsets[node]);

    /// <summary>The edge between two nodes, found by binary search in the shorter adjacency; None when they are not linked.</summary>
    public EdgeKinds KindsBetween(int a, int b) => FindEdge(a, b) is var index and >= 0 ? _kinds[index] : EdgeKinds.None;

    /// <summary>Tie strength of the edge between two nodes, 0 when they are not linked.</summary>
    public float StrengthBetween(int a, int b) => FindEdge(a, b) is var index and >= 0 ? _strengths[index] : 0f;

    /// <summary>Index of the edge a→b in the edge arrays, or -1.</summary>
    internal int FindEdge(int a, int b)
    {
        if (Degree(a) > Degree(b)) (a, b) = (b, a);
        var start = _offsets[a];
        var found = Array.BinarySearch(_targets, start, _offsets[a + 1] - start, b);
        return found >= 0 ? found : -1;
    }

    /// <summary>Approximate bytes held by the arrays and the id map (for the memory figures in the benchmarks).</summary>
    public long ApproximateBytes =>
        (_offsets.LongLength * sizeof(int)) + (_targets.LongLength * (sizeof(int) + sizeof(float) + sizeof(byte)))
        + (_ids.LongLength * (sizeof(long) + 24)) + (_selfLoops.LongLength * sizeof(int));
}
