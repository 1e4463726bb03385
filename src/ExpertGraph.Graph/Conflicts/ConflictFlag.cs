using ExpertGraph.Core.Model;

namespace ExpertGraph.Graph.Conflicts;

/// <summary>One finding for a pair: the relation, the rule and window that made it, and its evidence.</summary>
public sealed record ConflictFlag(PersonId Applicant, PersonId Reviewer, ConflictRelation Relation, string Rule, ConflictSeverity Severity, ConflictWindow Window, IReadOnlyList<FlagEvidence> Evidence)
{
    /// <summary>The waiver that lifts this flag, if any; a waived conflict does not exclude.</summary>
    public Waiver? WaivedBy { get; init; }

    public bool Excludes => Severity == ConflictSeverity.Conflict && WaivedBy is null;
}
