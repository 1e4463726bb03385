using System.Collections.Concurrent;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Graph;
using ExpertGraph.Graph.Paths;

namespace ExpertGraph.Query.Graph;

/// <summary>
/// The collaboration graph of a store, loaded once, answering path requests with evidence read back from the store.
/// Thread-safe: path finders (scratch arrays sized to the graph) are pooled, one per concurrent request.
/// </summary>
public sealed class CollaborationNetwork
{
    private readonly IExpertStore _store;
    private readonly DerivedTablesOptions _derived;
    private readonly ConcurrentBag<PathFinder> _finders = [];

    public CollaborationNetwork(IExpertStore store, CollaborationGraph graph, DerivedTablesOptions derived)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(derived);
        _store = store;
        Graph = graph;
        _derived = derived;
    }

    public CollaborationGraph Graph { get; }

    /// <summary>Writes happened after the collaborations were last derived (an ingest was interrupted): the graph may lag.</summary>
    public bool DerivedTablesStale { get; init; }

    /// <summary>Whether the graph came from the data folder's snapshot file rather than from the store.</summary>
    public bool LoadedFromSnapshot { get; init; }

    public PathAnswer FindPaths(PathRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var unknown = new List<PersonId>();
        var sources = new List<int>();
        foreach (var person in request.From.Distinct())
        {
            if (Graph.TryGetNode(person.Value, out var node)) sources.Add(node);
            else unknown.Add(person);
        }

        if (!Graph.TryGetNode(request.To.Value, out var target)) unknown.Add(request.To);
        if (sources.Count == 0 || unknown.Contains(request.To)) return new PathAnswer([], unknown);

        var options = new PathOptions { MaxHops = request.MaxHops, Kinds = request.Kinds };
        var finder = _finders.TryTake(out var pooled) ? pooled : new PathFinder(Graph);
        IReadOnlyList<GraphPath> paths;
        try
        {
            paths = request.Strongest
                ? finder.StrongestPath(sources, target, options) is { } strongest ? [strongest] : []
                : finder.ShortestPaths(sources, target, request.Count, options);
        }
        finally
        {
            _finders.Add(finder);
        }

        // The k paths share hops (Yen's paths share roots): each hop's evidence is read once per request.
        var hops = new Dictionary<(int, int), PathHop>();
        return new PathAnswer([.. paths.Select(path => WithEvidence(path, request, hops))], unknown);
    }

    private IntroductionPath WithEvidence(GraphPath path, PathRequest request, Dictionary<(int, int), PathHop> known)
    {
        var persons = _store.GetPersons([.. path.Nodes.Select(Graph.PersonOf)]).ToDictionary(p => p.Id);
        PersonSummary Summary(int node) =>
            persons.TryGetValue(Graph.PersonOf(node), out var summary) ? summary : new PersonSummary(Graph.PersonOf(node), "(unknown)");

        var hops = new List<PathHop>(path.Hops);
        for (var i = 1; i < path.Nodes.Count; i++)
        {
            var (from, to) = (path.Nodes[i - 1], path.Nodes[i]);
            if (known.TryGetValue((from, to), out var seen))
            {
                hops.Add(seen);
                continue;
            }

            var kinds = Graph.KindsBetween(from, to) & request.Kinds;
            // The works the derived tables counted: of a kind the request allows, not more authors than the limit. Should
            // the store have been built with a higher limit, the larger works are the evidence, shown with their author count.
            var shared = _store.GetSharedWorks([Graph.PersonOf(from)], [Graph.PersonOf(to)])
                .Where(w => (EdgeKindNames.Of(w.Kind) & request.Kinds) != 0)
                .ToList();
            var works = shared.Where(w => w.AuthorCount <= _derived.MaxAuthorsForCollaboration).ToList();
            if (works.Count == 0) works = shared;
            var hop = new PathHop(Summary(from), Summary(to), kinds, Graph.StrengthBetween(from, to), [.. works.Take(request.EvidencePerHop)], works.Count)
            {
                Institutions = kinds.HasFlag(EdgeKinds.Institution) ? SharedInstitutions(Graph.PersonOf(from), Graph.PersonOf(to)) : [],
            };
            known[(from, to)] = hop;
            hops.Add(hop);
        }

        return new IntroductionPath(hops, path.Strength(Graph));
    }

    /// <summary>Institutions where both persons have dated works in overlapping years (what made them colleagues).</summary>
    private List<SharedInstitution> SharedInstitutions(PersonId first, PersonId second)
    {
        var spans = _store.GetAffiliations([first, second]).Where(s => s.FirstYear is not null && s.LastYear is not null).ToList();
        var shared = from a in spans.Where(s => s.Person == first)
                     join b in spans.Where(s => s.Person == second) on a.Institution equals b.Institution
                     where a.FirstYear <= b.LastYear && b.FirstYear <= a.LastYear
                     select new SharedInstitution(a.InstitutionName, a.FirstYear!.Value, a.LastYear!.Value, b.FirstYear!.Value, b.LastYear!.Value);
        return [.. shared];
    }
}
