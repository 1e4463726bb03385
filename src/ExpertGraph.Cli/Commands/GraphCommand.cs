using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ExpertGraph.Graph;
using ExpertGraph.Graph.Analysis;
using ExpertGraph.Graph.Paths;

namespace ExpertGraph.Cli.Commands;

/// <summary>
/// <c>expertgraph graph stats|path</c>: the graph engine on any collaboration network, the store's or a plain edge list
/// (SNAP format) brought from another tool, so results can be checked against other tools.
/// </summary>
internal static class GraphCommand
{
    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var command = new Command("graph", "Statistics and paths on the store's collaboration graph or on an edge-list file");
        command.Subcommands.Add(Stats(workspaceOptions));
        command.Subcommands.Add(PathOnEdges());
        return command;
    }

    private static Option<string?> EdgesOption() => new("--edges") { Description = "An edge list: two node ids per line, # or % comments (SNAP format)" };

    private static Command Stats(WorkspaceOptions workspaceOptions)
    {
        var edges = EdgesOption();
        var sample = new Option<int?>("--sample") { Description = "Bound the diameter from below with this many double sweeps instead of computing it exactly" };
        var command = new Command("stats", "Nodes, edges, largest connected component and its diameter") { edges, sample };
        command.SetAction(parse =>
        {
            if (parse.GetValue(sample) is < 1)
            {
                Console.Error.WriteLine("error: --sample needs at least 1");
                return 2;
            }

            var clock = Stopwatch.StartNew();
            var graph = Load(parse.GetValue(edges), workspaceOptions, parse);
            var loaded = clock.Elapsed;
            var statistics = GraphStatistics.Compute(graph, parse.GetValue(sample));
            var output = Console.Out;
            output.WriteLine(Invariant($"nodes: {statistics.Nodes}"));
            output.WriteLine(Invariant($"edges: {statistics.Edges} (self loops: {statistics.SelfLoops})"));
            output.WriteLine(Invariant($"components: {statistics.Components}"));
            output.WriteLine(Invariant($"largest component: {statistics.LargestComponentNodes} nodes, {statistics.LargestComponentEdges} edges"));
            output.WriteLine(Invariant($"diameter: {statistics.Diameter} ({(statistics.Diameter.IsExact ? "exact" : "lower bound")}, {statistics.Diameter.Searches} breadth-first searches)"));
            output.WriteLine(Invariant($"time: load {loaded.TotalSeconds:0.00} s, statistics {(clock.Elapsed - loaded).TotalSeconds:0.00} s; memory {graph.ApproximateBytes / 1048576.0:0.0} MB"));
            return 0;
        });
        return command;
    }

    private static Command PathOnEdges()
    {
        var edges = EdgesOption();
        edges.Required = true;
        var from = new Argument<long>("from") { Description = "Node id in the file" };
        var to = new Argument<long>("to") { Description = "Node id in the file" };
        var count = new Option<int>("--k") { Description = "Number of shortest simple paths", DefaultValueFactory = _ => 1 };
        var maxHops = new Option<int>("--max-hops") { Description = $"At most this many hops (1–{PathOptions.HopLimit})", DefaultValueFactory = _ => PathOptions.HopLimit };
        var command = new Command("path", "Fewest-hop paths between two nodes of an edge-list file") { edges, from, to, count, maxHops };
        command.SetAction(parse =>
        {
            if (parse.GetValue(count) is < 1 or > 100 || parse.GetValue(maxHops) is < 1 or > PathOptions.HopLimit)
            {
                Console.Error.WriteLine($"error: --k is between 1 and 100, --max-hops between 1 and {PathOptions.HopLimit}");
                return 2;
            }

            var graph = EdgeListReader.Read(parse.GetValue(edges)!);
            var missing = new[] { parse.GetValue(from), parse.GetValue(to) }.Where(id => !graph.TryGetNode(id, out _)).ToList();
            if (missing.Count > 0)
            {
                Console.Error.WriteLine($"error: node {string.Join(" and ", missing)} is not in {parse.GetValue(edges)}");
                return 2;
            }

            graph.TryGetNode(parse.GetValue(from), out var source);
            graph.TryGetNode(parse.GetValue(to), out var target);
            var paths = new PathFinder(graph).ShortestPaths([source], target, parse.GetValue(count), new PathOptions { MaxHops = parse.GetValue(maxHops) });
            if (paths.Count == 0) Console.Out.WriteLine(Invariant($"no path within {parse.GetValue(maxHops)} hops"));
            foreach (var path in paths)
                Console.Out.WriteLine(Invariant($"hops: {path.Hops}  nodes: {string.Join(' ', path.Nodes.Select(graph.IdOf))}"));
            return 0;
        });
        return command;
    }

    private static CollaborationGraph Load(string? edges, WorkspaceOptions workspaceOptions, ParseResult parse)
    {
        if (edges is not null) return EdgeListReader.Read(edges);
        using var workspace = workspaceOptions.Open(parse);
        return workspace.OpenCollaborationNetwork(TimeProvider.System).Graph;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
