using ExpertGraph.Core.Model;

namespace ExpertGraph.Graph.Conflicts;

public sealed partial class ConflictChecker
{
    private static Dictionary<PersonId, List<OrganizationSpan>> GroupAffiliations(IReadOnlyList<AffiliationEvidence> spans, InstitutionAliases aliases)
    {
        var grouped = new Dictionary<PersonId, List<OrganizationSpan>>();
        foreach (var span in spans)
        {
            if (!grouped.TryGetValue(span.Person, out var list)) grouped[span.Person] = list = [];
            list.Add(new OrganizationSpan(aliases.OrganizationKey(span.InstitutionName, span.InstitutionKey), span));
        }

        return grouped;
    }

    /// <summary>
    /// Same organization: both persons have a span there that reaches into the window (each on their own: the data
    /// are first and last works, so two spans that miss each other by a year still count; undated spans count).
    /// </summary>
    private static void CheckInstitutions(CheckContext context, PersonId applicant, PersonId reviewer, Dictionary<PersonId, List<OrganizationSpan>> affiliations, List<ConflictFlag> flags)
    {
        if (applicant == reviewer || context.RuleOf(ConflictRelation.SameInstitution) is not { } rule) return;
        if (!affiliations.TryGetValue(applicant, out var left) || !affiliations.TryGetValue(reviewer, out var right)) return;
        List<FlagEvidence>? evidence = null;
        foreach (var a in left)
        {
            if (!rule.Window.Overlaps(a.Earliest, a.Latest)) continue;
            foreach (var r in right)
            {
                if (!string.Equals(a.Organization, r.Organization, StringComparison.Ordinal) || !rule.Window.Overlaps(r.Earliest, r.Latest)) continue;
                evidence ??= [];
                var first = a.ToEvidence();
                var second = r.ToEvidence();
                if (!evidence.Contains(first)) evidence.Add(first);
                if (!evidence.Contains(second)) evidence.Add(second);
            }
        }

        if (evidence is not null) flags.Add(context.Flag(applicant, reviewer, ConflictRelation.SameInstitution, evidence));
    }

    /// <summary>
    /// One id on both sides is a conflict. Two ids with a name key in common are the same person under a name variant
    /// when they also share an organization (at any time): a conflict; with the name alone, a warning (namesakes exist).
    /// </summary>
    private static void CheckSamePerson(CheckContext context, PersonId applicant, PersonId reviewer, ConflictPerson? a, ConflictPerson? r, Dictionary<PersonId, List<OrganizationSpan>> affiliations, List<ConflictFlag> flags)
    {
        if (context.RuleOf(ConflictRelation.SamePerson) is null) return;
        if (applicant == reviewer)
        {
            flags.Add(context.Flag(applicant, reviewer, ConflictRelation.SamePerson, [new FlagEvidence("person", applicant.ToString(), a?.DisplayName ?? "", "same id on both sides")]));
            return;
        }

        if (a is null || r is null) return;
        var key = a.NameKeys.FirstOrDefault(k => r.NameKeys.Contains(k, StringComparer.Ordinal));
        if (key is null) return;
        var evidence = new List<FlagEvidence> { new("name", key, $"{a.DisplayName} / {r.DisplayName}", "same name key") };
        var shared = affiliations.TryGetValue(applicant, out var left) && affiliations.TryGetValue(reviewer, out var right)
            ? left.Where(x => right.Any(y => string.Equals(x.Organization, y.Organization, StringComparison.Ordinal))).Select(x => x.Organization).ToHashSet(StringComparer.Ordinal)
            : [];
        foreach (var span in affiliations.GetValueOrDefault(applicant, []).Concat(affiliations.GetValueOrDefault(reviewer, [])))
        {
            if (shared.Contains(span.Organization)) evidence.Add(span.ToEvidence());
        }

        flags.Add(context.Flag(applicant, reviewer, ConflictRelation.SamePerson, evidence, shared.Count > 0 ? null : ConflictSeverity.Warning));
    }
}
