using System.Collections.Concurrent;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Graph.Tests;

/// <summary>The SNAP co-authorship graphs in shared/data, each read once per test run.</summary>
internal static class SnapGraphs
{
    private static readonly ConcurrentDictionary<string, CollaborationGraph> Loaded = new(StringComparer.Ordinal);

    public const string GrQc = "snap-ca-grqc/CA-GrQc.txt";
    public const string HepTh = "snap-ca-hepth/ca-HepTh.txt";
    public const string HepPh = "snap-ca-hepph/ca-HepPh.txt";
    public const string CondMat = "snap-ca-condmat/ca-CondMat.txt";
    public const string AstroPhLargestComponent = "snap-ca-astroph/ca-AstroPh.lcc.txt";

    public static CollaborationGraph Load(string relative)
    {
        var path = SharedData.Path("graphs/" + relative);
        return Loaded.GetOrAdd(relative, _ => EdgeListReader.Read(path));
    }
}
