using ExpertGraph.Core.Model;

namespace ExpertGraph.Graph.Conflicts;

/// <summary>
/// Evidence held in memory: what tests and benchmarks load (from CSV files, generated data) and the checker reads
/// without I/O. Indexed by person, so each call costs what it returns.
/// </summary>
public sealed class InMemoryConflictEvidence : IConflictEvidence
{
    private readonly Dictionary<PersonId, ConflictPerson> _persons = [];
    private readonly Dictionary<PersonId, List<SharedWorkEvidence>> _worksByPerson = [];
    private readonly Dictionary<PersonId, List<AffiliationEvidence>> _affiliations = [];

    public void AddPerson(ConflictPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        _persons[person.Id] = person;
    }

    /// <summary>A work shared by its authors: each pair of them gets it, in both directions.</summary>
    public void AddWork(string reference, WorkKind kind, string title, EvidenceDate? date, IReadOnlyList<PersonId> authors, int? authorCount = null)
    {
        ArgumentNullException.ThrowIfNull(authors);
        var count = authorCount ?? authors.Count;
        foreach (var a in authors)
        {
            if (!_worksByPerson.TryGetValue(a, out var list)) _worksByPerson[a] = list = [];
            foreach (var b in authors)
            {
                if (a != b) list.Add(new SharedWorkEvidence(a, b, reference, kind, title, date, count));
            }
        }
    }

    public void AddAffiliation(AffiliationEvidence affiliation)
    {
        ArgumentNullException.ThrowIfNull(affiliation);
        if (!_affiliations.TryGetValue(affiliation.Person, out var list)) _affiliations[affiliation.Person] = list = [];
        list.Add(affiliation);
    }

    public IReadOnlyList<ConflictPerson> GetPersons(IReadOnlyCollection<PersonId> ids) =>
        [.. ids.Distinct().Select(id => _persons.GetValueOrDefault(id)).OfType<ConflictPerson>()];

    public IReadOnlyList<SharedWorkEvidence> GetSharedWorks(IReadOnlyCollection<PersonId> left, IReadOnlyCollection<PersonId> right)
    {
        var rightSet = right as ISet<PersonId> ?? right.ToHashSet();
        var result = new List<SharedWorkEvidence>();
        foreach (var person in left.Distinct())
        {
            if (!_worksByPerson.TryGetValue(person, out var works)) continue;
            foreach (var work in works)
            {
                if (rightSet.Contains(work.Right)) result.Add(work);
            }
        }

        return result;
    }

    public IReadOnlyList<AffiliationEvidence> GetAffiliations(IReadOnlyCollection<PersonId> persons) =>
        [.. persons.Distinct().SelectMany(p => _affiliations.GetValueOrDefault(p) ?? [])];

    public IReadOnlyList<CoauthorTie> GetCoauthors(IReadOnlyCollection<PersonId> persons, int sinceYear)
    {
        var result = new List<CoauthorTie>();
        foreach (var person in persons.Distinct())
        {
            if (!_worksByPerson.TryGetValue(person, out var works)) continue;
            foreach (var group in works.Where(w => w.Date is null || w.Date.Value.Year >= sinceYear).GroupBy(w => (w.Right, w.Kind)))
            {
                var latest = group.Select(w => w.Date).Max(d => d?.Latest);
                var latestDate = group.Select(w => w.Date).FirstOrDefault(d => d?.Latest == latest);
                result.Add(new CoauthorTie(person, group.Key.Right, group.Key.Kind, group.Select(w => w.WorkReference).Distinct().Count(), latestDate));
            }
        }

        return result;
    }
}
