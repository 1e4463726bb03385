using ExpertGraph.Graph.Conflicts;
using ExpertGraph.Query;
using ExpertGraph.Query.Conflicts;

namespace ExpertGraph.Api.Auditing;

/// <summary>
/// Every waived flag an answer used is logged twice: a line of the data folder's waiver log, as the CLI writes it
/// (its command column <c>api:conflicts</c> or <c>api:reviewers</c>), and an audit row naming the key that asked.
/// Appends to the log are serialized: requests run side by side, and the log is one file.
/// </summary>
public sealed class WaiverUses(Workspace workspace, AuditTrail audit, TimeProvider time)
{
    private readonly Lock _log = new();

    public int Record(HttpContext context, string action, IEnumerable<ConflictFlag> waivedFlags)
    {
        var flags = waivedFlags.ToList();
        if (flags.Count == 0) return 0;
        lock (_log) WaiverLog.Append(workspace.Directory, "api:" + action, flags, time);
        foreach (var flag in flags)
        {
            var waiver = flag.WaivedBy!;
            audit.Record(context, AuditActions.WaiverUsed,
                $"{action}: {flag.Applicant} {flag.Reviewer} {ConflictRelationNames.Of(flag.Relation)} ({flag.Rule}) waived by {waiver.Approver}: {waiver.Reason} [{waiver.Source}]", 2);
        }

        return flags.Count;
    }
}
