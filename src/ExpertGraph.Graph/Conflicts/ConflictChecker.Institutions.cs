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
    private static void CheckInstitutions(CheckContext context, PersonFacts a, PersonFacts r, List<ConflictFlag> flags)
    {
        if (a.Id == r.Id || a.InWindow.Length == 0 || r.InWindow.Length == 0) return;
        List<FlagEvidence>? evidence = null;
        foreach (var left in a.InWindow)
        {
            foreach (var right in r.InWindow)
            {
                if (!string.Equals(left.Organization, right.Organization, StringComparison.Ordinal)) continue;
                evidence ??= [];
                var first = left.ToEvidence();
                var second = right.ToEvidence();
                if (!evidence.Contains(first)) evidence.Add(first);
                if (!evidence.Contains(second)) evidence.Add(second);
            }
        }

        if (evidence is not null) flags.Add(context.Flag(a.Id, r.Id, ConflictRelation.SameInstitution, evidence));
    }

    private static string? SharedNameKey(ConflictPerson a, ConflictPerson r)
    {
        foreach (var left in a.NameKeys)
        {
            foreach (var right in r.NameKeys)
            {
                if (string.Equals(left, right, StringComparison.Ordinal)) return left;
            }
        }

        return null;
    }

    /// <summary>
    /// One id on both sides is a conflict. Two ids with a name key in common are the same person under a name variant
    /// when they also share an organization (at any time): a conflict; with the name alone, a warning (namesakes exist).
    /// </summary>
    private static void CheckSamePerson(CheckContext context, PersonFacts a, PersonFacts r, List<ConflictFlag> flags)
    {
        if (context.RuleOf(ConflictRelation.SamePerson) is null) return;
        if (a.Id == r.Id)
        {
            flags.Add(context.Flag(a.Id, r.Id, ConflictRelation.SamePerson, [new FlagEvidence("person", a.Id.ToString(), a.Person?.DisplayName ?? "", "same id on both sides")]));
            return;
        }

        if (a.Person is null || r.Person is null || SharedNameKey(a.Person, r.Person) is not { } key) return;
        var evidence = new List<FlagEvidence> { new("name", key, $"{a.Person.DisplayName} / {r.Person.DisplayName}", "same name key") };
        var shared = a.Spans.Where(x => r.Spans.Any(y => string.Equals(x.Organization, y.Organization, StringComparison.Ordinal))).Select(x => x.Organization).ToHashSet(StringComparer.Ordinal);
        foreach (var span in a.Spans.Concat(r.Spans))
        {
            if (shared.Contains(span.Organization)) evidence.Add(span.ToEvidence());
        }

        flags.Add(context.Flag(a.Id, r.Id, ConflictRelation.SamePerson, evidence, shared.Count > 0 ? null : ConflictSeverity.Warning));
    }
}
