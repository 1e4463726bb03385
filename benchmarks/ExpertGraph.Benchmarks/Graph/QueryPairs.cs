using System.Globalization;
using ExpertGraph.Graph;

namespace ExpertGraph.Benchmarks.Graph;

/// <summary>
/// The (source, target) node-id pairs every tool answers, one "source target" line each, so networkx, igraph and the
/// C# finder are timed on exactly the same queries.
/// </summary>
public static class QueryPairs
{
    /// <summary>Distinct-endpoint pairs drawn uniformly from the graph's nodes with a seeded <see cref="Random"/>.</summary>
    public static IReadOnlyList<(long Source, long Target)> Draw(CollaborationGraph graph, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (graph.NodeCount < 2) throw new ArgumentException("a graph of fewer than two nodes has no pair", nameof(graph));
        var random = new Random(seed);
        var pairs = new List<(long, long)>(count);
        while (pairs.Count < count)
        {
            var a = random.Next(graph.NodeCount);
            var b = random.Next(graph.NodeCount);
            if (a != b) pairs.Add((graph.IdOf(a), graph.IdOf(b)));
        }

        return pairs;
    }

    public static void Write(string path, IEnumerable<(long Source, long Target)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        File.WriteAllLines(path, pairs.Select(pair => string.Create(CultureInfo.InvariantCulture, $"{pair.Source} {pair.Target}")));
    }

    public static IReadOnlyList<(long Source, long Target)> Read(string path)
    {
        var pairs = new List<(long, long)>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            var fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0 || fields[0].StartsWith('#')) continue;
            if (fields.Length < 2
                || !long.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var source)
                || !long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var target))
                throw new FormatException($"{path}:{lineNumber}: expected two node ids, found \"{line}\"");
            pairs.Add((source, target));
        }

        return pairs;
    }
}
