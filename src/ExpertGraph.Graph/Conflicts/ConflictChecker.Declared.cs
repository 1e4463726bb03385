using ExpertGraph.Core.Model;

namespace ExpertGraph.Graph.Conflicts;

public sealed partial class ConflictChecker
{
    private static Dictionary<(PersonId, PersonId), List<DeclaredRelation>> GroupDeclared(IReadOnlyList<DeclaredRelation> relations)
    {
        var grouped = new Dictionary<(PersonId, PersonId), List<DeclaredRelation>>();
        foreach (var relation in relations)
        {
            var key = Unordered(relation.A, relation.B);
            if (!grouped.TryGetValue(key, out var list)) grouped[key] = list = [];
            list.Add(relation);
        }

        return grouped;
    }

    /// <summary>Curator-declared relations, in either order; one without an end date is ongoing.</summary>
    private static void CheckDeclared(CheckContext context, PersonId applicant, PersonId reviewer, Dictionary<(PersonId, PersonId), List<DeclaredRelation>> declared, List<ConflictFlag> flags)
    {
        if (!declared.TryGetValue(Unordered(applicant, reviewer), out var relations)) return;
        foreach (var group in relations.GroupBy(r => r.Relation))
        {
            if (context.RuleOf(group.Key) is not { } rule) continue;
            var evidence = group
                .Where(r => rule.Window.Overlaps(r.From?.Earliest ?? DateOnly.MinValue, r.To?.Latest ?? DateOnly.MaxValue))
                .Select(r => new FlagEvidence("declared", r.Kind, r.Note, OrganizationSpan.When(r.From, r.To) + " (" + r.Source + ")"))
                .ToList();
            if (evidence.Count > 0) flags.Add(context.Flag(applicant, reviewer, group.Key, evidence));
        }
    }
}
