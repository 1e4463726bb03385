using BenchmarkDotNet.Attributes;
using ExpertGraph.Benchmarks.Ingest;
using ExpertGraph.Graph;
using ExpertGraph.Graph.Paths;

namespace ExpertGraph.Benchmarks.Graph;

/// <summary>
/// Path searches on ca-AstroPh (largest component), on the same seeded pairs as benchmarks/graph/run.sh draws (seed 7):
/// the mean per query (BenchmarkDotNet divides by the pairs per operation). The percentiles and the peers are in run.sh.
///   dotnet run -c Release --project benchmarks/ExpertGraph.Benchmarks -- --filter '*PathFinderBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class PathFinderBenchmarks
{
    private const int Pairs = 1000;
    private const int PathPairs = 100;
    private PathFinder _finder = null!;
    private int[][] _sources = [];
    private int[] _targets = [];

    [GlobalSetup]
    public void Load()
    {
        var graph = EdgeListReader.Read(BenchmarkData.Graphs("snap-ca-astroph/ca-AstroPh.lcc.txt"));
        _finder = new PathFinder(graph);
        var pairs = QueryPairs.Draw(graph, Pairs, seed: 7);
        _sources = [.. pairs.Select(pair => new[] { graph.TryGetNode(pair.Source, out var node) ? node : -1 })];
        _targets = [.. pairs.Select(pair => graph.TryGetNode(pair.Target, out var node) ? node : -1)];
    }

    [Benchmark(OperationsPerInvoke = Pairs)]
    public int FewestHops()
    {
        var hops = 0;
        for (var i = 0; i < Pairs; i++) hops += _finder.FewestHops(_sources[i], _targets[i])?.Hops ?? 0;
        return hops;
    }

    [Benchmark(OperationsPerInvoke = PathPairs)]
    public int ShortestFivePaths()
    {
        var paths = 0;
        for (var i = 0; i < PathPairs; i++) paths += _finder.ShortestPaths(_sources[i], _targets[i], 5).Count;
        return paths;
    }
}
