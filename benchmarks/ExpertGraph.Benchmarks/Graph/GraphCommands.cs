using System.Diagnostics;
using System.Globalization;
using ExpertGraph.Graph;

namespace ExpertGraph.Benchmarks.Graph;

/// <summary>
/// The generation steps of benchmarks/graph/run.sh: a synthetic edge list and a pairs file, both seeded, read by all
/// three tools.
/// </summary>
internal static class GraphCommands
{
    /// <summary>graph-generate --persons N --edges M --seed S --out FILE</summary>
    public static int Generate(string[] args)
    {
        var arguments = new CommandArguments("graph-generate", args);
        var options = new SyntheticGraphOptions((int)arguments.Number("persons"), arguments.Number("edges"), (int)arguments.Number("seed", 1));
        var path = arguments.Text("out");
        var clock = Stopwatch.StartNew();
        var summary = SyntheticCollaborationGraph.Write(options, path);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"generated {path}: {summary.Nodes} nodes, {summary.Edges} edges from {summary.Papers} papers in {summary.Communities} communities; degree mean {summary.MeanDegree:F1}, median {summary.MedianDegree}, max {summary.MaxDegree} ({clock.Elapsed.TotalSeconds:F1} s)"));
        return 0;
    }

    /// <summary>graph-pairs --edges FILE --count N --seed S --out FILE</summary>
    public static int Pairs(string[] args)
    {
        var arguments = new CommandArguments("graph-pairs", args);
        var graph = EdgeListReader.Read(arguments.Text("edges"));
        var pairs = QueryPairs.Draw(graph, (int)arguments.Number("count"), (int)arguments.Number("seed", 1));
        QueryPairs.Write(arguments.Text("out"), pairs);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {pairs.Count} pairs to {arguments.Text("out")}"));
        return 0;
    }
}
