using BenchmarkDotNet.Running;
using ExpertGraph.Benchmarks.Scale;

// `scale …` runs the scale harness (see benchmarks/README.md); anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "scale-phase")
    return await ScalePhase.RunAsync(args[1], args[2], args.Length > 3 ? args[3] : null);

BenchmarkSwitcher.FromAssembly(typeof(ScalePhase).Assembly).Run(args);
return 0;
