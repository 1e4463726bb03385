using System.Globalization;
using BenchmarkDotNet.Running;
using ExpertGraph.Benchmarks.Graph;
using ExpertGraph.Benchmarks.Lexicon;
using ExpertGraph.Benchmarks.Scale;

// The scale harness's steps (benchmarks/scale.sh runs them, each in its own process) and the graph path harness's
// (benchmarks/graph/run.sh); anything else goes to BenchmarkDotNet.
switch (args.FirstOrDefault())
{
    case "scale-generate":
        return ScaleCorpus.Generate(int.Parse(args[1], CultureInfo.InvariantCulture), args[2], int.Parse(args[3], CultureInfo.InvariantCulture), args[4]);
    case "scale-phase":
        return await ScalePhase.RunAsync(args[1], args[2], args.Length > 3 ? args[3] : null);
    case "graph-generate":
        return GraphCommands.Generate(args[1..]);
    case "graph-pairs":
        return GraphCommands.Pairs(args[1..]);
    case "graph-paths":
        return GraphPathsCommand.Run(args[1..]);
    case "lexicon-measure":
        return LexiconMeasureCommand.Run(args[1..]);
    case "resolution-memory":
        return ExpertGraph.Benchmarks.Resolution.ResolutionMemoryCommand.Run(args[1..]);
    case "search-latency":
        return ExpertGraph.Benchmarks.Search.SearchLatencyCommand.Run(args[1..]);
    case "api-load":
        return await ExpertGraph.Benchmarks.Api.ApiLoadCommand.RunAsync(args[1..]);
    case "resolution-measure":
        return ExpertGraph.Benchmarks.Resolution.ResolutionMeasureCommand.Run(args[1..]);
    default:
        BenchmarkSwitcher.FromAssembly(typeof(ScalePhase).Assembly).Run(args);
        return 0;
}
