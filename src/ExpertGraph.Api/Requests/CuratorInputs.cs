using System.Globalization;
using ExpertGraph.Api.Endpoints;
using ExpertGraph.Core.Model;
using ExpertGraph.Graph.Conflicts;
using ExpertGraph.Query;

namespace ExpertGraph.Api.Requests;

/// <summary>
/// The curator's data a conflict check or reviewer recommendation may carry in its body: declared relations,
/// institution aliases and waivers, each entry checked by the CLI's own rules (<see cref="CuratorEntries"/>), every
/// problem collected, named by where it is in the body (<c>waivers[1]: approver is empty …</c>), with persons the store
/// does not have among them.
/// </summary>
internal sealed record CuratorInputs(IReadOnlyList<DeclaredRelation> Relations, InstitutionAliases Aliases, IReadOnlyList<Waiver> Waivers)
{
    public static CuratorInputs Read(DeclaredRelationBody[]? relations, InstitutionAliasBody[]? aliases, WaiverBody[]? waivers, Workspace workspace, ParameterReader read)
    {
        var problems = read.Sink;
        var declared = Entries(relations, "relations", r => [r.A, r.B, r.Kind, r.From, r.To, r.Note],
            (fields, at) => CuratorEntries.Relation(fields, at, "request:" + at, problems), r => [("a", r.A), ("b", r.B)]);
        var named = Entries(aliases, "aliases", a => [a.Organization, a.Alias], (fields, at) => CuratorEntries.Alias(fields, at, problems), _ => []);
        var waived = Entries(waivers, "waivers", w => [w.Applicant, w.Reviewer, w.Relation, w.Reason, w.Approver, w.Time],
            (fields, at) => CuratorEntries.Waiver(fields, at, "request:" + at, problems), w => [("applicant", w.Applicant), ("reviewer", w.Reviewer)]);
        return new CuratorInputs(declared, InstitutionAliases.Of(named), waived);

        List<T> Entries<TBody, T>(TBody[]? bodies, string list, Func<TBody, string?[]> fields, Func<string?[], string, T?> entry, Func<TBody, (string Field, string? Id)[]> persons)
            where TBody : class where T : class
        {
            var entries = new List<T>();
            if (bodies is { Length: > ApiLimits.MaxCuratorEntries })
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{list}: {bodies.Length} entries, more than the limit of {ApiLimits.MaxCuratorEntries} per request"));
                return entries;
            }

            for (var i = 0; bodies is not null && i < bodies.Length; i++)
            {
                var at = string.Create(CultureInfo.InvariantCulture, $"{list}[{i}]");
                if (bodies[i] is not { } body)
                {
                    problems.Add($"{at} is null");
                    continue;
                }

                if (entry(fields(body), at) is not { } value) continue;
                // The entry read, so its ids parse: each must be a person of the store.
                var unknown = persons(body)
                    .Select(p => (p.Field, Check: PersonId.TryParse(p.Id?.Trim(), out var id) ? PersonChecks.Unknown(workspace, id) : null))
                    .Where(p => p.Check is not null).ToList();
                foreach (var (field, check) in unknown) problems.Add($"{at}: {field}: {check!.Message}");
                if (unknown.Count == 0) entries.Add(value);
            }

            return entries;
        }
    }
}
