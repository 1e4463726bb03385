using System.Diagnostics;
using System.Globalization;

namespace ExpertGraph.Benchmarks.Graph;

/// <summary>
/// Percentiles of per-query latencies, printed as the one tab-separated "result" line that benchmarks/graph/compare.py
/// reads from every tool (the Python peers print the same line, computed the same way: nearest rank).
/// </summary>
internal sealed record LatencySummary(int Queries, int Found, double P50, double P90, double P99, double Max, double Mean)
{
    public static LatencySummary FromTicks(long[] ticks, int found)
    {
        ArgumentNullException.ThrowIfNull(ticks);
        var milliseconds = ticks.Select(tick => tick * 1000.0 / Stopwatch.Frequency).Order().ToArray();
        return new LatencySummary(milliseconds.Length, found, NearestRank(milliseconds, 50), NearestRank(milliseconds, 90),
            NearestRank(milliseconds, 99), milliseconds.Length == 0 ? 0 : milliseconds[^1], milliseconds.Length == 0 ? 0 : milliseconds.Average());
    }

    public string ResultLine(string tool, string measure) => string.Create(CultureInfo.InvariantCulture,
        $"result\t{tool}\t{measure}\t{Queries}\t{Found}\t{P50:F4}\t{P90:F4}\t{P99:F4}\t{Max:F4}\t{Mean:F4}");

    private static double NearestRank(double[] sorted, double percent) =>
        sorted.Length == 0 ? 0 : sorted[Math.Max(0, (int)Math.Ceiling(percent / 100 * sorted.Length) - 1)];
}
