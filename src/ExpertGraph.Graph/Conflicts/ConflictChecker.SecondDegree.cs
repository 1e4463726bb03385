using System.Globalization;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Graph.Conflicts;

public sealed partial class ConflictChecker
{
    /// <summary>
    /// A co-author in common, both ties inside the window: a warning. Found through an index of the applicants'
    /// co-authors that the reviewers' ties stream past, so the cost follows the ties, not applicants × reviewers × degree.
    /// </summary>
    private Dictionary<(PersonId, PersonId), ConflictFlag> FindSecondDegree(CheckContext context, PersonId[] applicants, PersonId[] reviewers)
    {
        var found = new Dictionary<(PersonId, PersonId), ConflictFlag>();
        if (context.RuleOf(ConflictRelation.SecondDegree) is not { } rule) return found;
        var sinceYear = rule.Window.Start?.Year ?? 1;
        var applicantSet = applicants.ToHashSet();
        var reviewerSet = reviewers.ToHashSet();
        var ties = _evidence.GetCoauthors([.. applicantSet.Union(reviewerSet)], sinceYear);
        // The applicants' co-authors are few (tens per applicant): index them, then stream the reviewers' ties past them.
        var applicantsByCoauthor = new Dictionary<PersonId, List<CoauthorTie>>();
        foreach (var tie in ties)
        {
            if (!applicantSet.Contains(tie.Person) || (tie.Latest is { } latest && !rule.Window.Contains(latest))) continue;
            if (!applicantsByCoauthor.TryGetValue(tie.Coauthor, out var list)) applicantsByCoauthor[tie.Coauthor] = list = [];
            list.Add(tie);
        }

        var via = new Dictionary<(PersonId, PersonId), List<FlagEvidence>>();
        foreach (var reviewerTie in ties)
        {
            if (!applicantsByCoauthor.TryGetValue(reviewerTie.Coauthor, out var applicantTies) || !reviewerSet.Contains(reviewerTie.Person)) continue;
            if (reviewerTie.Latest is { } latest && !rule.Window.Contains(latest)) continue;
            foreach (var tie in applicantTies)
            {
                var applicant = tie.Person;
                if (reviewerTie.Person == applicant || tie.Coauthor == reviewerTie.Person) continue;
                if (!via.TryGetValue((applicant, reviewerTie.Person), out var evidence)) via[(applicant, reviewerTie.Person)] = evidence = [];
                evidence.Add(new FlagEvidence("via", tie.Coauthor.ToString(), "co-author of both",
                    string.Create(CultureInfo.InvariantCulture, $"{tie.WorkCount} {tie.Kind.ToString().ToLowerInvariant()}(s) with {applicant}, latest {tie.Latest?.ToString() ?? "undated"}; {reviewerTie.WorkCount} with {reviewerTie.Person}, latest {reviewerTie.Latest?.ToString() ?? "undated"}")));
            }
        }

        foreach (var ((applicant, reviewer), evidence) in via) found[(applicant, reviewer)] = context.Flag(applicant, reviewer, ConflictRelation.SecondDegree, evidence);
        return found;
    }
}
