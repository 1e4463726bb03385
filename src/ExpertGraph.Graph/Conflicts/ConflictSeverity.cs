namespace ExpertGraph.Graph.Conflicts;

public enum ConflictSeverity
{
    /// <summary>The reviewer must not review the applicant.</summary>
    Conflict,
    /// <summary>Shown to the organizer; does not exclude on its own.</summary>
    Warning,
}
