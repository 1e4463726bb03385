namespace ExpertGraph.Graph.Conflicts;

/// <summary>The one answer every applicant–reviewer pair gets.</summary>
public enum ConflictVerdict
{
    /// <summary>At least one conflict-severity flag that no waiver covers.</summary>
    Conflict,
    /// <summary>Checked and nothing found, with the data needed to look (warnings may remain).</summary>
    Clear,
    /// <summary>Nothing found, but a side is missing from the store or has no affiliation data: not known to be clear.</summary>
    Unknown,
}
