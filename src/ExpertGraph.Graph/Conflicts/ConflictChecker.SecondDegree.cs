using System.Globalization;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Graph.Conflicts;

public sealed partial class ConflictChecker
{
    /// <summary>
    /// A co-author in common, both ties inside the window: a warning. Found from each side's co-authors through an
    /// index of reviewers by co-author, so the cost follows the ties that meet, not applicants × reviewers × degree.
    /// </summary>
    private Dictionary<(PersonId, PersonId), ConflictFlag> FindSecondDegree(CheckContext context, PersonId[] applicants, PersonId[] reviewers)
    {
        var found = new Dictionary<(PersonId, PersonId), ConflictFlag>();
        if (context.RuleOf(ConflictRelation.SecondDegree) is not { } rule) return found;
        var sinceYear = rule.Window.Start?.Year ?? 1;
        var applicantSet = applicants.ToHashSet();
        var reviewerSet = reviewers.ToHashSet();
        var byApplicant = new Dictionary<PersonId, List<CoauthorTie>>();
        var reviewersByCoauthor = new Dictionary<PersonId, List<CoauthorTie>>();
        foreach (var tie in _evidence.GetCoauthors([.. applicantSet.Union(reviewerSet)], sinceYear))
        {
            if (tie.Latest is { } latest && !rule.Window.Contains(latest)) continue;
            if (applicantSet.Contains(tie.Person))
            {
                if (!byApplicant.TryGetValue(tie.Person, out var list)) byApplicant[tie.Person] = list = [];
                list.Add(tie);
            }

            if (reviewerSet.Contains(tie.Person))
            {
                if (!reviewersByCoauthor.TryGetValue(tie.Coauthor, out var list)) reviewersByCoauthor[tie.Coauthor] = list = [];
                list.Add(tie);
            }
        }

        var via = new Dictionary<(PersonId, PersonId), List<FlagEvidence>>();
        foreach (var (applicant, ties) in byApplicant)
        {
            foreach (var tie in ties)
            {
                if (!reviewersByCoauthor.TryGetValue(tie.Coauthor, out var reviewerTies)) continue;
                foreach (var reviewerTie in reviewerTies)
                {
                    if (reviewerTie.Person == applicant || tie.Coauthor == reviewerTie.Person) continue;
                    if (!via.TryGetValue((applicant, reviewerTie.Person), out var evidence)) via[(applicant, reviewerTie.Person)] = evidence = [];
                    evidence.Add(new FlagEvidence("via", tie.Coauthor.ToString(), "co-author of both",
                        string.Create(CultureInfo.InvariantCulture, $"{tie.WorkCount} {tie.Kind.ToString().ToLowerInvariant()}(s) with {applicant}, latest {tie.Latest?.ToString() ?? "undated"}; {reviewerTie.WorkCount} with {reviewerTie.Person}, latest {reviewerTie.Latest?.ToString() ?? "undated"}")));
                }
            }
        }

        foreach (var ((applicant, reviewer), evidence) in via) found[(applicant, reviewer)] = context.Flag(applicant, reviewer, ConflictRelation.SecondDegree, evidence);
        return found;
    }
}
