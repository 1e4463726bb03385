namespace ExpertGraph.Graph.Paths;

/// <summary>What a path may use: at most <see cref="MaxHops"/> edges, each carrying one of <see cref="Kinds"/>.</summary>
public sealed record PathOptions
{
    /// <summary>The "9 degrees of connection": no search goes further than this.</summary>
    public const int HopLimit = 9;

    public int MaxHops { get; init; } = HopLimit;

    public EdgeKinds Kinds { get; init; } = EdgeKinds.All;

    internal void Validate()
    {
        if (MaxHops is < 0 or > HopLimit) throw new ArgumentOutOfRangeException(nameof(MaxHops), MaxHops, $"hops are between 0 and {HopLimit}");
        if (Kinds == EdgeKinds.None) throw new ArgumentException("a path needs at least one edge kind", nameof(Kinds));
    }
}

/// <summary>A simple path through graph nodes, from one of the sources to the target.</summary>
public sealed record GraphPath(IReadOnlyList<int> Nodes)
{
    public int Hops => Nodes.Count - 1;

    public int Source => Nodes[0];

    public int Target => Nodes[^1];

    /// <summary>The product of the tie strengths along the path (1 for a path of no hop).</summary>
    public double Strength(CollaborationGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var strength = 1.0;
        for (var i = 1; i < Nodes.Count; i++) strength *= graph.StrengthBetween(Nodes[i - 1], Nodes[i]);
        return strength;
    }
}
