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
    // Per person and co-author: the dates of their shared works of each kind, what the collaborations table is to the store.
    private readonly Dictionary<PersonId, Dictionary<(PersonId Coauthor, WorkKind Kind), List<EvidenceDate?>>> _ties = [];

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
                if (a == b) continue;
                list.Add(new SharedWorkEvidence(a, b, reference, kind, title, date, count));
                if (!_ties.TryGetValue(a, out var ties)) _ties[a] = ties = [];
                if (!ties.TryGetValue((b, kind), out var dates)) ties[(b, kind)] = dates = [];
                dates.Add(date);
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
            if (!_ties.TryGetValue(person, out var ties)) continue;
            foreach (var ((coauthor, kind), dates) in ties)
            {
                var count = 0;
                EvidenceDate? latest = null;
                foreach (var date in dates)
                {
                    if (date is { } d && d.Year < sinceYear) continue;
                    count++;
                    if (date is { } dated && (latest is null || dated.Latest > latest.Value.Latest)) latest = dated;
                }

                if (count > 0) result.Add(new CoauthorTie(person, coauthor, kind, count, latest));
            }
        }

        return result;
    }
}
