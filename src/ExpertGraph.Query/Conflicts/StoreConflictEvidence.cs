using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Core.Storage;
using ExpertGraph.Graph;
using ExpertGraph.Graph.Conflicts;
using ExpertGraph.Query.Graph;

namespace ExpertGraph.Query.Conflicts;

/// <summary>
/// Conflict evidence read from the store. Works carry a year only, so every work date is year-only (see
/// docs/conflicts.md); affiliations are the years of the first and last work written at an institution.
/// Co-authors for second-degree warnings come from the collaboration graph when one is given (neighbours, then
/// their shared works counted in the store for dates), otherwise from one pass over the derived collaborations. The graph is asked for only
/// then: a policy without a second-degree rule never loads it.
/// </summary>
public sealed class StoreConflictEvidence(IExpertStore store, Func<CollaborationGraph>? loadGraph = null) : IConflictEvidence
{
    private readonly Lazy<CollaborationGraph>? _graph = loadGraph is null ? null : new Lazy<CollaborationGraph>(loadGraph);

    public IReadOnlyList<ConflictPerson> GetPersons(IReadOnlyCollection<PersonId> ids) =>
        [.. store.GetPersonProfiles([.. ids.Distinct()]).Select(p => new ConflictPerson(p.Id, p.DisplayName, NameKeys(p)))];

    public IReadOnlyList<SharedWorkEvidence> GetSharedWorks(IReadOnlyCollection<PersonId> left, IReadOnlyCollection<PersonId> right) =>
        [.. store.GetSharedWorks(left, right).Select(w => new SharedWorkEvidence(w.Left, w.Right, w.Work.ToString(), w.Kind, w.Title, YearOnly(w.Year), w.AuthorCount))];

    public IReadOnlyList<AffiliationEvidence> GetAffiliations(IReadOnlyCollection<PersonId> persons) =>
        [.. store.GetAffiliations(persons).Select(a => new AffiliationEvidence(a.Person, a.Institution.ToString(), a.InstitutionName, a.CountryCode, YearOnly(a.FirstYear), YearOnly(a.LastYear)))];

    public IReadOnlyList<CoauthorTie> GetCoauthors(IReadOnlyCollection<PersonId> persons, int sinceYear)
    {
        var wanted = persons.ToHashSet();
        if (_graph is not null) return FromGraph(_graph.Value, wanted, sinceYear);
        var ties = new List<CoauthorTie>();
        foreach (var row in store.ReadCollaborations(CancellationToken.None))
        {
            if (row.LastYear is { } last && last < sinceYear) continue;
            if (wanted.Contains(row.A)) ties.Add(new CoauthorTie(row.A, row.B, row.Kind, row.WorkCount, YearOnly(row.LastYear)));
            if (wanted.Contains(row.B)) ties.Add(new CoauthorTie(row.B, row.A, row.Kind, row.WorkCount, YearOnly(row.LastYear)));
        }

        return ties;
    }

    private List<CoauthorTie> FromGraph(CollaborationGraph graph, HashSet<PersonId> persons, int sinceYear)
    {
        // Co-authorship edges only (not colleagues), and the works that made them: not more authors than the derived limit,
        // as on the collaborations-table path.
        var neighbours = new HashSet<PersonId>();
        foreach (var person in persons)
        {
            if (!graph.TryGetNode(person.Value, out var node)) continue;
            foreach (var other in graph.Neighbors(node))
                if ((graph.KindsBetween(node, other) & PathRequest.CollaborationKinds) != 0) neighbours.Add(new PersonId(graph.IdOf(other)));
        }

        var limit = new DerivedTablesOptions().MaxAuthorsForCollaboration;
        return [.. store.GetCoauthorCounts(persons, neighbours, sinceYear, limit)
            .Select(c => new CoauthorTie(c.Left, c.Right, c.Kind, c.WorkCount, YearOnly(c.LastYear)))];
    }

    private static EvidenceDate? YearOnly(int? year) => year is >= 1 and <= 9999 ? new EvidenceDate(year.Value) : null;

    private static string[] NameKeys(PersonProfile profile) =>
        [.. profile.NameVariants.Append(profile.DisplayName)
            .Select(n => PersonNameParser.TryParse(n, out var name) ? PersonNameParser.NormalizeKey(name) : null)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)];
}
