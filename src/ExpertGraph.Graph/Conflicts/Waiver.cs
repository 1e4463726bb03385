using ExpertGraph.Core.Model;

namespace ExpertGraph.Graph.Conflicts;

/// <summary>An approved exception: this relation between these two persons does not exclude, for a reason, by someone, at a time.</summary>
public sealed record Waiver(PersonId Applicant, PersonId Reviewer, ConflictRelation Relation, string Reason, string Approver, DateTimeOffset Time, string Source)
{
    public bool Covers(PersonId applicant, PersonId reviewer, ConflictRelation relation) =>
        Relation == relation && ((Applicant == applicant && Reviewer == reviewer) || (Applicant == reviewer && Reviewer == applicant));
}
