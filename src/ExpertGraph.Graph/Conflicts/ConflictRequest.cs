using ExpertGraph.Core.Model;

namespace ExpertGraph.Graph.Conflicts;

/// <summary>What to check: every applicant against every reviewer, under a policy, as of a reference date (reviews happen at a date, not "now").</summary>
public sealed record ConflictRequest(IReadOnlyList<PersonId> Applicants, IReadOnlyList<PersonId> Reviewers, ConflictPolicy Policy, DateOnly ReferenceDate)
{
    public IReadOnlyList<DeclaredRelation> DeclaredRelations { get; init; } = [];
    public InstitutionAliases Aliases { get; init; } = InstitutionAliases.None;
    public IReadOnlyList<Waiver> Waivers { get; init; } = [];
}
