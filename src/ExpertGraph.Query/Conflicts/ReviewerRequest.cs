using ExpertGraph.Core.Model;
using ExpertGraph.Graph.Conflicts;

namespace ExpertGraph.Query.Conflicts;

/// <summary>Who should review an application on <see cref="Topic"/>: k experts, none of them conflicted with an applicant.</summary>
public sealed record ReviewerRequest(string Topic, IReadOnlyList<PersonId> Applicants, ConflictPolicy Policy, DateOnly ReferenceDate)
{
    /// <summary><see cref="Topic"/> is the application's whole text (title and abstract), searched as a document.</summary>
    public bool TopicIsDocument { get; init; }

    public int K { get; init; } = 10;
    public int? MaxPerInstitution { get; init; }
    public int? MaxPerCountry { get; init; }
    /// <summary>How many top experts on the topic are checked; the rest of the ranking is not looked at.</summary>
    public int CandidatePool { get; init; } = 200;
    public IReadOnlyList<DeclaredRelation> DeclaredRelations { get; init; } = [];
    public InstitutionAliases Aliases { get; init; } = InstitutionAliases.None;
    public IReadOnlyList<Waiver> Waivers { get; init; } = [];

    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Topic)) problems.Add("topic is empty");
        if (Applicants.Count == 0) problems.Add("give at least one applicant");
        if (K is < 1 or > 100) problems.Add("k must be between 1 and 100");
        if (MaxPerInstitution is < 1) problems.Add("max per institution must be at least 1");
        if (MaxPerCountry is < 1) problems.Add("max per country must be at least 1");
        if (CandidatePool < K || CandidatePool > 1000) problems.Add("candidate pool must be between k and 1000");
        return problems;
    }
}
