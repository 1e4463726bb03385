using ExpertGraph.Core.Model;

namespace ExpertGraph.Graph.Conflicts;

/// <summary>
/// Checks every applicant against every reviewer under a policy and gives each pair one verdict: conflict, clear or
/// unknown. Evidence is read once per request in sets (a few calls for 10 × 1,000 pairs); every rule runs in both
/// directions (a work, an institution or a declared relation counts whichever side it was read from). Stateless and
/// thread-safe.
/// </summary>
public sealed partial class ConflictChecker
{
    private readonly IConflictEvidence _evidence;

    public ConflictChecker(IConflictEvidence evidence) => _evidence = evidence ?? throw new ArgumentNullException(nameof(evidence));

    public ConflictReport Check(ConflictRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var applicants = request.Applicants.Distinct().ToArray();
        var reviewers = request.Reviewers.Distinct().ToArray();
        var everyone = applicants.Union(reviewers).ToArray();
        var context = new CheckContext(request);

        var known = _evidence.GetPersons(everyone).ToDictionary(p => p.Id);
        var affiliations = context.RuleOf(ConflictRelation.SameInstitution) is not null || context.RuleOf(ConflictRelation.SamePerson) is not null
            ? GroupAffiliations(_evidence.GetAffiliations(everyone), request.Aliases)
            : [];
        var facts = everyone.ToDictionary(p => p, p => PersonFacts.Create(p, known.GetValueOrDefault(p), affiliations.GetValueOrDefault(p), context.RuleOf(ConflictRelation.SameInstitution)?.Window));
        var works = HasWorkRules(context) ? GroupSharedWorks(_evidence.GetSharedWorks(applicants, reviewers)) : [];
        var secondDegree = FindSecondDegree(context, applicants, reviewers);
        var declared = GroupDeclared(request.DeclaredRelations);
        var waivers = GroupWaivers(request.Waivers);
        // Pairs with any work, declared relation or co-author in common: the only ones those checks need to look at.
        var touched = works.Keys.Concat(declared.Keys).Concat(secondDegree.Keys.Select(k => Unordered(k.Item1, k.Item2))).ToHashSet();

        var pairs = new List<ConflictPair>(applicants.Length * reviewers.Length);
        var flags = new List<ConflictFlag>();
        var unknown = new List<string>();
        var reviewerFacts = reviewers.Select(r => facts[r]).ToArray();
        foreach (var applicant in applicants)
        {
            var a = facts[applicant];
            foreach (var r in reviewerFacts)
            {
                var reviewer = r.Id;
                flags.Clear();
                unknown.Clear();
                CheckSamePerson(context, a, r, flags);
                if (touched.Contains(Unordered(applicant, reviewer)))
                {
                    CheckWorks(context, applicant, reviewer, works, flags);
                    CheckDeclared(context, applicant, reviewer, declared, flags);
                    if (secondDegree.TryGetValue((applicant, reviewer), out var warning) && !HasCollaboration(flags)) flags.Add(warning);
                }

                CheckInstitutions(context, a, r, flags);
                unknown.AddRange(a.UnknownBecause);
                unknown.AddRange(r.UnknownBecause);
                IReadOnlyList<ConflictFlag> final = flags.Count == 0 ? [] : waivers.Count == 0 ? [.. flags] : ApplyWaivers(flags, waivers);
                var verdict = Excludes(final) ? ConflictVerdict.Conflict
                    : unknown.Count > 0 ? ConflictVerdict.Unknown
                    : ConflictVerdict.Clear;
                pairs.Add(new ConflictPair(applicant, reviewer, verdict, final, unknown.Count == 0 ? [] : [.. unknown]));
            }
        }

        return new ConflictReport(request.Policy, request.ReferenceDate, pairs);
    }

    private static bool HasCollaboration(List<ConflictFlag> flags)
    {
        foreach (var flag in flags)
        {
            if (flag.Relation is ConflictRelation.Coauthor or ConflictRelation.Coinventor or ConflictRelation.Coinvestigator) return true;
        }

        return false;
    }

    private static bool Excludes(IReadOnlyList<ConflictFlag> flags)
    {
        for (var i = 0; i < flags.Count; i++)
        {
            if (flags[i].Excludes) return true;
        }

        return false;
    }

    private static List<ConflictFlag> ApplyWaivers(List<ConflictFlag> flags, Dictionary<(PersonId, PersonId), List<Waiver>> waivers)
    {
        var result = new List<ConflictFlag>(flags.Count);
        foreach (var flag in flags)
        {
            var waiver = waivers.TryGetValue(Unordered(flag.Applicant, flag.Reviewer), out var list)
                ? list.FirstOrDefault(w => w.Covers(flag.Applicant, flag.Reviewer, flag.Relation))
                : null;
            result.Add(waiver is null ? flag : flag with { WaivedBy = waiver });
        }

        return result;
    }

    private static Dictionary<(PersonId, PersonId), List<Waiver>> GroupWaivers(IReadOnlyList<Waiver> waivers)
    {
        var grouped = new Dictionary<(PersonId, PersonId), List<Waiver>>();
        foreach (var waiver in waivers)
        {
            var key = Unordered(waiver.Applicant, waiver.Reviewer);
            if (!grouped.TryGetValue(key, out var list)) grouped[key] = list = [];
            list.Add(waiver);
        }

        return grouped;
    }

    private static (PersonId, PersonId) Unordered(PersonId a, PersonId b) => a.Value <= b.Value ? (a, b) : (b, a);

    /// <summary>The policy's rules with their windows at the request's reference date, looked up once.</summary>
    private sealed class CheckContext
    {
        private readonly Dictionary<ConflictRelation, (RelationRule Rule, ConflictWindow Window)> _rules = [];

        public CheckContext(ConflictRequest request)
        {
            Request = request;
            foreach (var rule in request.Policy.Rules) _rules[rule.Relation] = (rule, ConflictWindow.Create(rule.WindowMonths, request.ReferenceDate));
        }

        public ConflictRequest Request { get; }

        public (RelationRule Rule, ConflictWindow Window)? RuleOf(ConflictRelation relation) => _rules.TryGetValue(relation, out var found) ? found : null;

        public ConflictFlag Flag(PersonId applicant, PersonId reviewer, ConflictRelation relation, IReadOnlyList<FlagEvidence> evidence, ConflictSeverity? severity = null)
        {
            var (rule, window) = _rules[relation];
            return new ConflictFlag(applicant, reviewer, relation, rule.Name(Request.Policy.Name), severity ?? rule.Severity, window, evidence);
        }
    }
}
