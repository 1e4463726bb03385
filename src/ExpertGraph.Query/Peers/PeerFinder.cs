using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Graph;
using ExpertGraph.Search.Semantic;

namespace ExpertGraph.Query.Peers;

/// <summary>
/// Finds a person's same-field peers of similar standing (小同行): the persons whose whole body of work lies nearest
/// theirs in the semantic space (cosine of person vectors); among the <see cref="PeerQuery.FieldSize"/> nearest — the
/// field — each person's standing is the percentile of their number of works, and peers are kept within a band of the
/// person's own. Each peer comes with country and institution, graph distance and the concepts both profiles share.
/// docs/ranking.md ("Peers").
/// </summary>
public sealed class PeerFinder(SemanticIndex semantic, IExpertStore store, CollaborationGraph? graph, Func<string, string?>? conceptLabel = null)
{
    /// <summary>
    /// Graph distances are told up to this many hops: a co-author, or a co-author's co-author. Further is "more than 2",
    /// which a breadth-first search of a large graph would take far longer than the rest of the answer to tell.
    /// </summary>
    public const int MaxDistance = 2;

    private const int SharedConceptsShown = 5;
    private const int ConceptsPerPerson = 50;

    public PeerResult Find(PeerQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var problems = query.Validate();
        if (problems.Count > 0) throw new ArgumentException(string.Join("; ", problems), nameof(query));
        var target = store.GetPersons([query.Person]).SingleOrDefault()
            ?? throw new ExpertGraphException($"no person {query.Person}");
        var vector = semantic.PersonVector(query.Person.Value)
            ?? throw new ExpertGraphException($"{query.Person} has no work with text the semantic index could place: no field to find peers in");

        var field = semantic.NearestPersons(vector, query.FieldSize, exclude: query.Person.Value);
        var ownWorks = semantic.WorksOf(query.Person.Value);
        var standing = Percentiles(field.Select(p => p.Works).Append(ownWorks).ToList());
        var ownLevel = standing(ownWorks);
        var neighbours = graph is not null && graph.TryGetNode(query.Person.Value, out var source) ? new HashSet<int>(graph.Neighbors(source).ToArray()) : null;

        var candidates = field
            .Select(p => (p.Person, p.Similarity, p.Works, Level: standing(p.Works)))
            .Where(p => !query.MatchLevel || Math.Abs(p.Level - ownLevel) <= query.LevelBand)
            .Where(p => !query.ExcludeCoauthors || !IsCoauthor(graph, query.Person.Value, p.Person))
            .ToList();
        var summaries = store.GetPersons([.. candidates.Select(p => new PersonId(p.Person))]).ToDictionary(p => p.Id.Value);
        var chosen = candidates
            .Where(p => summaries.ContainsKey(p.Person))
            .Where(p => query.CountryCode is not { } country || string.Equals(summaries[p.Person].CountryCode, country, StringComparison.OrdinalIgnoreCase))
            .Take(query.K)
            .ToList();

        var concepts = store.GetPersonConcepts([query.Person, .. chosen.Select(p => new PersonId(p.Person))], ConceptsPerPerson)
            .GroupBy(c => c.Person.Value)
            .ToDictionary(group => group.Key, group => group.ToList());
        var own = concepts.GetValueOrDefault(query.Person.Value) ?? [];
        var peers = chosen.Select((p, i) => new Peer(
            i + 1, summaries[p.Person], p.Similarity, p.Level, p.Works, DistanceOf(graph, neighbours, p.Person), Shared(own, concepts.GetValueOrDefault(p.Person) ?? []))).ToList();
        return new PeerResult(query, target, ownWorks, ownLevel, peers);
    }

    /// <summary>A value's percentile among <paramref name="values"/>: the share below it plus half the share equal to it.</summary>
    private static Func<int, double> Percentiles(List<int> values)
    {
        var sorted = values.Order().ToArray();
        return value =>
        {
            var below = LowerBound(sorted, value);
            var equal = LowerBound(sorted, value + 1) - below;
            return (below + (equal / 2.0)) / sorted.Length;
        };
    }

    private static int LowerBound(int[] sorted, int value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sorted[middle] < value) low = middle + 1;
            else high = middle;
        }

        return low;
    }

    private IReadOnlyList<SharedConcept> Shared(List<PersonConcept> own, List<PersonConcept> theirs)
    {
        var weights = own.ToDictionary(c => c.ConceptId, c => c.Weight, StringComparer.Ordinal);
        return [.. theirs
            .Where(c => weights.ContainsKey(c.ConceptId))
            .Select(c => new SharedConcept(c.ConceptId, conceptLabel?.Invoke(c.ConceptId) ?? c.ConceptId, weights[c.ConceptId], c.Weight))
            .OrderByDescending(c => Math.Min(c.PersonWeight, c.PeerWeight)).ThenBy(c => c.ConceptId, StringComparer.Ordinal)
            .Take(SharedConceptsShown)];
    }

    /// <summary>1 for a direct tie of any kind, 2 for a shared neighbour, else null (more than <see cref="MaxDistance"/>).</summary>
    private static int? DistanceOf(CollaborationGraph? graph, HashSet<int>? neighbours, long person)
    {
        if (graph is null || neighbours is null || !graph.TryGetNode(person, out var node)) return null;
        if (neighbours.Contains(node)) return 1;
        foreach (var neighbour in graph.Neighbors(node))
            if (neighbours.Contains(neighbour)) return 2;
        return null;
    }

    /// <summary>Whether the two share a paper, patent or project (colleagues at one institution are not co-authors).</summary>
    private static bool IsCoauthor(CollaborationGraph? graph, long person, long other) =>
        graph is not null && graph.TryGetNode(person, out var a) && graph.TryGetNode(other, out var b)
        && (graph.KindsBetween(a, b) & (EdgeKinds.Paper | EdgeKinds.Patent | EdgeKinds.Project)) != 0;

}
