namespace ExpertGraph.Graph.Analysis;

/// <summary>
/// What <c>expertgraph graph stats</c> prints, defined as SNAP and networkx define them: edges are distinct undirected
/// pairs, self loops counted apart; the largest component's edges include its self loops as SNAP's tables do.
/// </summary>
public sealed record GraphStatistics(
    int Nodes,
    long Edges,
    long SelfLoops,
    int Components,
    int LargestComponentNodes,
    long LargestComponentEdges,
    long LargestComponentSelfLoops,
    Diameter Diameter)
{
    /// <summary>Counts and components; the diameter exactly (<paramref name="sample"/> null) or bounded from below by sampling.</summary>
    public static GraphStatistics Compute(CollaborationGraph graph, int? sample = null, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var components = Analysis.Components.Find(graph);
        var largest = components.Largest;
        long edgeEnds = 0;
        for (var node = 0; node < graph.NodeCount; node++)
            if (components.Of(node) == largest) edgeEnds += graph.Degree(node);
        long loops = 0;
        foreach (var node in graph.SelfLoopNodes)
            if (components.Of(node) == largest) loops++;
        var diameter = graph.NodeCount == 0 ? new Diameter(0, true, 0)
            : sample is { } count ? DiameterFinder.SampledLowerBound(graph, components, count, seed)
            : DiameterFinder.Exact(graph, components);
        return new GraphStatistics(graph.NodeCount, graph.EdgeCount, graph.SelfLoopCount, components.Count,
            components.SizeOf(largest), (edgeEnds / 2) + loops, loops, diameter);
    }
}

/// <summary>The largest component's diameter: exact, or a lower bound; with the number of breadth-first searches it took.</summary>
public sealed record Diameter(int Value, bool IsExact, int Searches)
{
    public override string ToString() => IsExact ? Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : $">= {Value}";
}
