using System.Globalization;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Graph.Conflicts;

public sealed partial class ConflictChecker
{
    private static bool HasWorkRules(CheckContext context) =>
        context.RuleOf(ConflictRelation.Coauthor) is not null || context.RuleOf(ConflictRelation.Coinventor) is not null
        || context.RuleOf(ConflictRelation.Coinvestigator) is not null;

    private static ConflictRelation RelationOf(WorkKind kind) => kind switch
    {
        WorkKind.Patent => ConflictRelation.Coinventor,
        WorkKind.Project => ConflictRelation.Coinvestigator,
        _ => ConflictRelation.Coauthor,
    };

    private static Dictionary<(PersonId, PersonId), List<SharedWorkEvidence>> GroupSharedWorks(IReadOnlyList<SharedWorkEvidence> works)
    {
        var grouped = new Dictionary<(PersonId, PersonId), List<SharedWorkEvidence>>();
        foreach (var work in works)
        {
            var key = Unordered(work.Left, work.Right);
            if (!grouped.TryGetValue(key, out var list)) grouped[key] = list = [];
            list.Add(work);
        }

        return grouped;
    }

    /// <summary>
    /// Co-authors, co-inventors, co-investigators: shared works inside the relation's window, newest first; works with
    /// more authors than the policy's consortium limit are exempt; an undated work counts (a check must not miss).
    /// </summary>
    private static void CheckWorks(CheckContext context, PersonId applicant, PersonId reviewer, Dictionary<(PersonId, PersonId), List<SharedWorkEvidence>> works, List<ConflictFlag> flags)
    {
        if (applicant == reviewer || !works.TryGetValue(Unordered(applicant, reviewer), out var shared)) return;
        var limit = context.Request.Policy.ConsortiumAuthorLimit;
        foreach (var relation in (ReadOnlySpan<ConflictRelation>)[ConflictRelation.Coauthor, ConflictRelation.Coinventor, ConflictRelation.Coinvestigator])
        {
            if (context.RuleOf(relation) is not { } rule) continue;
            List<SharedWorkEvidence>? inside = null;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var work in shared)
            {
                if (RelationOf(work.Kind) != relation || work.AuthorCount > limit) continue;
                if (work.Date is { } date && !rule.Window.Contains(date)) continue;
                if (!seen.Add(work.WorkReference)) continue;
                (inside ??= []).Add(work);
            }

            if (inside is null) continue;
            inside.Sort((x, y) => Comparer<DateOnly?>.Default.Compare(y.Date?.Latest, x.Date?.Latest));
            flags.Add(context.Flag(applicant, reviewer, relation, [.. inside.Select(WorkEvidence)]));
        }
    }

    private static FlagEvidence WorkEvidence(SharedWorkEvidence work) =>
        new(work.Kind.ToString().ToLowerInvariant(), work.WorkReference, work.Title,
            (work.Date?.ToString() ?? "date unknown") + string.Create(CultureInfo.InvariantCulture, $", {work.AuthorCount} authors"));
}
