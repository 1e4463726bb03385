using System.Globalization;
using System.Text.RegularExpressions;

namespace ExpertGraph.Integration.Tests.Support;

/// <summary>The record counts of the CLI's closing summary line, parsed back.</summary>
internal sealed partial record RunCounts(long Read, long Inserted, long Updated, long Unchanged, long Quarantined, long Skipped)
{
    public static RunCounts Parse(string output)
    {
        var match = SummaryLine().Match(output);
        if (!match.Success) throw new FormatException("no records summary line in output:\n" + output);
        long Group(int i) => long.Parse(match.Groups[i].Value, CultureInfo.InvariantCulture);
        return new RunCounts(Group(1), Group(2), Group(3), Group(4), Group(5), Group(6));
    }

    [GeneratedRegex(@"records: read (\d+) = inserted (\d+) \+ updated (\d+) \+ unchanged (\d+) \+ quarantined (\d+) \+ skipped (\d+)")]
    private static partial Regex SummaryLine();
}
