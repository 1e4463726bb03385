using System.Globalization;
using System.Text;
using ExpertGraph.Graph.Conflicts;

namespace ExpertGraph.Query.Conflicts;

/// <summary>
/// The audit trail of waivers: every waived flag a check uses is appended, one tab-separated line, to
/// conflict-waivers.log in the data folder (when it was used, the command, the pair, the relation, the rule, and the
/// waiver's approver, time, reason and source line). Appended, never rewritten.
/// </summary>
public static class WaiverLog
{
    public const string FileName = "conflict-waivers.log";

    public static string PathIn(DataDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return Path.Combine(directory.Root, FileName);
    }

    public static int Append(DataDirectory directory, string command, IEnumerable<ConflictFlag> waivedFlags, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var lines = new StringBuilder();
        var count = 0;
        var now = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        foreach (var flag in waivedFlags)
        {
            var w = flag.WaivedBy!;
            lines.Append(CultureInfo.InvariantCulture, $"{now}\t{command}\t{flag.Applicant}\t{flag.Reviewer}\t{ConflictRelationNames.Of(flag.Relation)}\t{flag.Rule}\t")
                .Append(CultureInfo.InvariantCulture, $"approver={Clean(w.Approver)}\twaived-at={w.Time.ToString("O", CultureInfo.InvariantCulture)}\treason={Clean(w.Reason)}\tsource={w.Source}\n");
            count++;
        }

        if (count > 0) File.AppendAllText(PathIn(directory), lines.ToString());
        return count;
    }

    private static string Clean(string text) => text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
