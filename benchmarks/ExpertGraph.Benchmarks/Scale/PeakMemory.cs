using System.Globalization;

namespace ExpertGraph.Benchmarks.Scale;

/// <summary>Peak resident set size of this process (VmHWM from /proc/self/status on Linux).</summary>
internal static class PeakMemory
{
    public static long PeakRssBytes()
    {
        const string path = "/proc/self/status";
        if (File.Exists(path))
        {
            foreach (var line in File.ReadLines(path))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
            }
        }

        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return self.PeakWorkingSet64;
    }
}
