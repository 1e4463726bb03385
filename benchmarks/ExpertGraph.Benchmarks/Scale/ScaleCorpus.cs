using System.Diagnostics;
using System.Globalization;
using ExpertGraph.Benchmarks.Synthetic;

namespace ExpertGraph.Benchmarks.Scale;

/// <summary>Writes the synthetic corpus a scale run ingests (OpenAlex JSON lines, names from ../shared/data).</summary>
internal static class ScaleCorpus
{
    public static int Generate(int works, string output, int seed, string sharedData)
    {
        var clock = Stopwatch.StartNew();
        var names = NameSources.Load(sharedData);
        var summary = SyntheticCorpusGenerator.Write(output, new SyntheticCorpusOptions { Works = works, Seed = seed }, names);
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CORPUS works={summary.Works} persons={summary.Persons} authorships={summary.Authorships} files={summary.Files.Count} bytes={summary.Bytes} seconds={clock.Elapsed.TotalSeconds:F1}"));
        return 0;
    }
}
