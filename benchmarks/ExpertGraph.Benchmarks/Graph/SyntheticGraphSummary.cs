namespace ExpertGraph.Benchmarks.Graph;

/// <summary>What a generation wrote: node and edge counts, papers drawn, and the degree spread.</summary>
public sealed record SyntheticGraphSummary(int Nodes, long Edges, long Papers, int Communities, int MaxDegree, double MeanDegree, int MedianDegree);
