using System.Diagnostics;
using System.Globalization;
using ExpertGraph.Benchmarks.Scale;
using ExpertGraph.Graph;
using ExpertGraph.Graph.Paths;

namespace ExpertGraph.Benchmarks.Graph;

/// <summary>
/// graph-paths --edges FILE --pairs FILE [--k 5] [--k-pairs 200] [--hops-out FILE] [--paths-out FILE]
/// Loads the edge list (timed), then answers every pair with <see cref="PathFinder.FewestHops"/> and the first --k-pairs
/// with <see cref="PathFinder.ShortestPaths"/>, each query timed alone with Stopwatch ticks after a warm-up pass (all
/// pairs for fewest hops, the first <see cref="PathsWarmUp"/> for k paths: the Python peers do exactly the same), and
/// writes the answers per pair so compare.py can check them against networkx and igraph.
/// </summary>
internal static class GraphPathsCommand
{
    public const string Tool = "expertgraph";
    public const int PathsWarmUp = 20;

    public static int Run(string[] args)
    {
        var arguments = new CommandArguments("graph-paths", args);
        var edgesPath = arguments.Text("edges");
        var k = (int)arguments.Number("k", 5);
        var kPairs = (int)arguments.Number("k-pairs", 200);

        GC.Collect();
        var clock = Stopwatch.StartNew();
        var graph = EdgeListReader.Read(edgesPath);
        var loadSeconds = clock.Elapsed.TotalSeconds;
        var finder = new PathFinder(graph);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load\t{Tool}\t{loadSeconds:F2}\t{graph.ApproximateBytes}\t{Environment.WorkingSet}\t{PeakMemory.PeakRssBytes()}\t{graph.NodeCount}\t{graph.EdgeCount}"));

        var pairs = QueryPairs.Read(arguments.Text("pairs"));
        var sources = new int[pairs.Count][];
        var targets = new int[pairs.Count];
        for (var i = 0; i < pairs.Count; i++)
        {
            sources[i] = [NodeOf(graph, pairs[i].Source)];
            targets[i] = NodeOf(graph, pairs[i].Target);
        }

        var hops = FewestHops(finder, sources, targets);
        if (arguments.OptionalText("hops-out") is { } hopsOut)
            File.WriteAllLines(hopsOut, pairs.Select((pair, i) => string.Create(CultureInfo.InvariantCulture, $"{pair.Source} {pair.Target} {hops[i]}")));

        var lengths = ShortestPaths(finder, sources, targets, Math.Min(kPairs, pairs.Count), k);
        if (arguments.OptionalText("paths-out") is { } pathsOut)
            File.WriteAllLines(pathsOut, lengths.Select((hopList, i) => string.Create(CultureInfo.InvariantCulture, $"{pairs[i].Source} {pairs[i].Target} {string.Join(',', hopList)}")));
        return 0;
    }

    private static int NodeOf(CollaborationGraph graph, long id) =>
        graph.TryGetNode(id, out var node) ? node : throw new ArgumentException($"graph-paths: node {id} of the pairs file is not in the graph");

    /// <summary>Hops per pair, -1 when no path is within the hop limit; prints the latency line and a hop histogram.</summary>
    private static int[] FewestHops(PathFinder finder, int[][] sources, int[] targets)
    {
        for (var i = 0; i < targets.Length; i++) finder.FewestHops(sources[i], targets[i]);
        var hops = new int[targets.Length];
        var ticks = new long[targets.Length];
        for (var i = 0; i < targets.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var path = finder.FewestHops(sources[i], targets[i]);
            ticks[i] = Stopwatch.GetTimestamp() - start;
            hops[i] = path?.Hops ?? -1;
        }

        Console.WriteLine(LatencySummary.FromTicks(ticks, hops.Count(hop => hop >= 0)).ResultLine(Tool, "fewest-hops"));
        var histogram = hops.GroupBy(hop => hop).OrderBy(group => group.Key < 0 ? int.MaxValue : group.Key)
            .Select(group => string.Create(CultureInfo.InvariantCulture, $"{(group.Key < 0 ? "none" : group.Key.ToString(CultureInfo.InvariantCulture))}:{group.Count()}"));
        Console.WriteLine($"hops\t{Tool}\t{string.Join(' ', histogram)}");
        return hops;
    }

    /// <summary>The hop counts of up to k shortest simple paths for each of the first <paramref name="count"/> pairs.</summary>
    private static List<int[]> ShortestPaths(PathFinder finder, int[][] sources, int[] targets, int count, int k)
    {
        for (var i = 0; i < Math.Min(PathsWarmUp, count); i++) finder.ShortestPaths(sources[i], targets[i], k);
        var lengths = new List<int[]>(count);
        var ticks = new long[count];
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var paths = finder.ShortestPaths(sources[i], targets[i], k);
            ticks[i] = Stopwatch.GetTimestamp() - start;
            lengths.Add([.. paths.Select(path => path.Hops)]);
        }

        Console.WriteLine(LatencySummary.FromTicks(ticks, lengths.Count(list => list.Length > 0)).ResultLine(Tool, $"shortest-{k}-paths"));
        return lengths;
    }
}
