using ExpertGraph.Core.Model;
using ExpertGraph.Graph;
using ExpertGraph.Ingestion.Pipeline;
using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Query;
using ExpertGraph.Query.Graph;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Integration.Tests.Graph;

/// <summary>
/// Paths on the collaboration graph of a store filled from real records (DBLP and OpenAlex samples): hop counts equal a
/// breadth-first search over the store's collaboration rows, written here independently, and every hop carries evidence.
/// </summary>
[TestFixture]
public sealed class CollaborationNetworkTests
{
    private TempDataFolder _temp = null!;
    private Workspace _workspace = null!;
    private CollaborationNetwork _network = null!;
    private Dictionary<long, List<long>> _adjacency = null!;

    [OneTimeSetUp]
    public async Task IngestRealRecords()
    {
        _temp = new TempDataFolder("eg-network-");
        _workspace = Workspace.Open(new DataDirectory(_temp.Sub("data")));
        await _workspace.IngestAsync(
            [SharedData.Path("records/dblp-xml-sample/dblp-sample.xml"), SharedData.Path("records/openalex-works-json/works_biodiversity_finance_200.jsonl")],
            new IngestionOptions(), null, CancellationToken.None);
        _network = _workspace.OpenCollaborationNetwork(TimeProvider.System);
        _adjacency = [];
        foreach (var row in _workspace.Store.ReadCollaborations(CancellationToken.None))
        {
            Neighbours(row.A.Value).Add(row.B.Value);
            Neighbours(row.B.Value).Add(row.A.Value);
        }
    }

    [OneTimeTearDown]
    public void Cleanup()
    {
        _workspace?.Dispose();
        _temp?.Dispose();
    }

    [Test]
    public void Load_RealStore_EveryPersonIsANodeAndEveryCollaborationAnEdge()
    {
        var counts = _workspace.Store.Count();

        Assert.That(_network.Graph.NodeCount, Is.EqualTo(counts.Persons));
        Assert.That(EdgesWith(PathRequest.CollaborationKinds).Count, Is.EqualTo(_adjacency.Sum(pair => pair.Value.Distinct().Count()) / 2));
        Assert.That(EdgesWith(PathRequest.CollaborationKinds).Count, Is.GreaterThan(1000), "the samples are collaboration-rich");
        Assert.That(_network.DerivedTablesStale, Is.False);
    }

    [Test]
    public void FindPaths_ManyPairs_HopsEqualIndependentSearchAndEveryHopHasSharedWorks()
    {
        // Pairs from the component of the most connected person (most pairs within reach), and some from anywhere.
        var hub = _adjacency.MaxBy(pair => pair.Value.Count).Key;
        var component = Reachable(hub).Order().ToArray();
        var persons = _adjacency.Keys.Order().ToArray();
        var random = new Random(5);
        var withPath = 0;
        for (var i = 0; i < 80; i++)
        {
            var from = i % 4 == 3 ? persons[random.Next(persons.Length)] : component[random.Next(component.Length)];
            var to = i % 4 == 3 ? persons[random.Next(persons.Length)] : component[random.Next(component.Length)];
            var expected = Distance(from, to);

            var answer = _network.FindPaths(new PathRequest([new PersonId(from)], new PersonId(to)) { Count = 2 });

            Assert.That(answer.Paths.FirstOrDefault()?.HopCount, Is.EqualTo(expected), $"P{from} → P{to}");
            foreach (var path in answer.Paths.Where(p => p.HopCount > 0))
            {
                Assert.That(path.Hops[0].From.Id, Is.EqualTo(new PersonId(from)));
                Assert.That(path.Hops[^1].To.Id, Is.EqualTo(new PersonId(to)));
                foreach (var hop in path.Hops)
                {
                    Assert.That(hop.Works, Is.Not.Empty, $"hop {hop.From.Id} → {hop.To.Id} has no evidence");
                    Assert.That(hop.Works.Select(w => (w.Left, w.Right)), Has.All.EqualTo((hop.From.Id, hop.To.Id)));
                    Assert.That(hop.Kinds, Is.Not.EqualTo(EdgeKinds.None));
                }
            }

            if (expected is not null) withPath++;
        }

        Assert.That(withPath, Is.GreaterThan(30), "pairs in one component are mostly within nine hops");
    }

    [Test]
    public void OpenCollaborationNetwork_Again_ReadsTheSnapshotWithTheSameEdgesAndRebuildsADamagedOne()
    {
        var snapshot = _workspace.Directory.GraphSnapshotPath;

        var again = _workspace.OpenCollaborationNetwork(TimeProvider.System);
        File.WriteAllBytes(snapshot, File.ReadAllBytes(snapshot)[..100]);
        var afterDamage = _workspace.OpenCollaborationNetwork(TimeProvider.System);
        var thirdTime = _workspace.OpenCollaborationNetwork(TimeProvider.System);

        Assert.That(_network.LoadedFromSnapshot, Is.False, "the first load builds from the store");
        Assert.That(again.LoadedFromSnapshot, Is.True);
        Assert.That(afterDamage.LoadedFromSnapshot, Is.False, "a damaged snapshot is rebuilt, not trusted");
        Assert.That(thirdTime.LoadedFromSnapshot, Is.True);
        foreach (var network in new[] { again, afterDamage, thirdTime })
        {
            Assert.That(network.Graph.EdgeCount, Is.EqualTo(_network.Graph.EdgeCount));
            for (var node = 0; node < _network.Graph.NodeCount; node += 7)
                Assert.That(network.Graph.Neighbors(node).ToArray(), Is.EqualTo(_network.Graph.Neighbors(node).ToArray()));
        }
    }

    [Test]
    public void Load_RealStore_ColleaguesAreThePersonsOfASmallInstitutionWithOverlappingYears()
    {
        // Written independently from the rule: institutions of at most 50 persons with dated works, years overlapping.
        var expected = new HashSet<(long, long)>();
        foreach (var institution in _workspace.Store.ReadAffiliationSpans(CancellationToken.None)
                     .Where(s => s.FirstYear is not null && s.LastYear is not null).GroupBy(s => s.Institution))
        {
            var spans = institution.ToList();
            if (spans.Count > StoreGraphLoader.ColleagueGroupLimit) continue;
            foreach (var a in spans)
                foreach (var b in spans)
                    if (a.Person.Value < b.Person.Value && a.FirstYear <= b.LastYear && b.FirstYear <= a.LastYear) expected.Add((a.Person.Value, b.Person.Value));
        }

        var colleagues = EdgesWith(EdgeKinds.Institution);

        Assert.That(expected, Is.Not.Empty, "the OpenAlex sample names institutions");
        Assert.That(colleagues, Is.EquivalentTo(expected));
    }

    [Test]
    public void FindPaths_ColleaguesOnly_EveryHopNamesTheInstitutionAndBothPersonsYears()
    {
        var (a, b) = EdgesWith(EdgeKinds.Institution).First();

        var answer = _network.FindPaths(new PathRequest([new PersonId(a)], new PersonId(b)) { Kinds = EdgeKinds.Institution });

        var hop = answer.Paths.Single().Hops.Single();
        Assert.That(hop.Kinds, Is.EqualTo(EdgeKinds.Institution));
        Assert.That(hop.Institutions, Is.Not.Empty);
        var spans = _workspace.Store.GetAffiliations([new PersonId(a), new PersonId(b)]);
        foreach (var place in hop.Institutions)
        {
            Assert.That(spans, Has.Some.Matches<Core.Storage.AffiliationSpan>(s => s.Person == new PersonId(a) && s.InstitutionName == place.Name && s.FirstYear == place.FromFirstYear && s.LastYear == place.FromLastYear));
            Assert.That(spans, Has.Some.Matches<Core.Storage.AffiliationSpan>(s => s.Person == new PersonId(b) && s.InstitutionName == place.Name && s.FirstYear == place.ToFirstYear && s.LastYear == place.ToLastYear));
            Assert.That(place.FromFirstYear <= place.ToLastYear && place.ToFirstYear <= place.FromLastYear, Is.True, "the years overlap");
        }
    }

    [Test]
    public void FindPaths_PersonNotInTheStore_ReportedAsUnknownWithNoPath()
    {
        var someone = _adjacency.Keys.Min();

        var answer = _network.FindPaths(new PathRequest([new PersonId(someone)], new PersonId(long.MaxValue)));

        Assert.That(answer.Paths, Is.Empty);
        Assert.That(answer.UnknownPersons, Is.EqualTo(new[] { new PersonId(long.MaxValue) }));
    }

    // The graph is read in three statements; a rebuild of the derived tables committing between them must not give a graph
    // mixing two states (seen in CI: a reader found colleague edges of the new state and no collaborations of the old one).
    [Test]
    public void LoadCached_RebuildCommitsBetweenTheReads_LoadsAgainFromOneState()
    {
        var expected = StoreGraphLoader.Load(_workspace.Store, 2026, CancellationToken.None);
        var store = RebuildMidwayStore.Wrap(_workspace.Store, rebuilds: 1);

        var (graph, fromSnapshot) = StoreGraphLoader.LoadCached(store, _temp.Sub("torn-snapshot.bin"), 2026, CancellationToken.None);

        Assert.That(expected.EdgeCount, Is.GreaterThan(100), "the samples are collaboration-rich");
        Assert.That(fromSnapshot, Is.False);
        Assert.That(graph.EdgeCount, Is.EqualTo(expected.EdgeCount), "the graph of the state after the rebuild, not a mix");
        Assert.That(RebuildMidwayStore.Of(store).TornLoads, Is.EqualTo(1));
        for (var node = 0; node < expected.NodeCount; node += 5)
            Assert.That(graph.Neighbors(node).ToArray(), Is.EqualTo(expected.Neighbors(node).ToArray()));
    }

    [Test]
    public void LoadCached_RebuildsCommitDuringEveryLoad_FailsSayingSo()
    {
        var store = RebuildMidwayStore.Wrap(_workspace.Store, rebuilds: StoreGraphLoader.MaxLoadAttempts);

        var error = Assert.Throws<InvalidOperationException>(() => StoreGraphLoader.LoadCached(store, _temp.Sub("never.bin"), 2026, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("rebuilt during each of 5 loads"));
        Assert.That(File.Exists(_temp.Sub("never.bin")), Is.False, "a graph of no single state is never saved");
    }

    /// <summary>Person pairs (smaller id first) whose edge carries any of the kinds.</summary>
    private List<(long, long)> EdgesWith(EdgeKinds kinds)
    {
        var graph = _network.Graph;
        var edges = new List<(long, long)>();
        for (var node = 0; node < graph.NodeCount; node++)
            foreach (var neighbor in graph.Neighbors(node))
                if (node < neighbor && (graph.KindsBetween(node, neighbor) & kinds) != 0)
                    edges.Add((Math.Min(graph.IdOf(node), graph.IdOf(neighbor)), Math.Max(graph.IdOf(node), graph.IdOf(neighbor))));
        return edges;
    }

    private List<long> Neighbours(long person) => _adjacency.TryGetValue(person, out var list) ? list : _adjacency[person] = [];

    private HashSet<long> Reachable(long start)
    {
        var seen = new HashSet<long> { start };
        var stack = new Stack<long>([start]);
        while (stack.TryPop(out var person))
            foreach (var next in _adjacency[person]) if (seen.Add(next)) stack.Push(next);
        return seen;
    }

    /// <summary>Breadth-first search over the collaboration rows, up to nine hops; null beyond or unreachable.</summary>
    private int? Distance(long from, long to)
    {
        var seen = new HashSet<long> { from };
        var level = new List<long> { from };
        for (var hops = 0; hops <= 9; hops++)
        {
            if (level.Contains(to)) return hops;
            level = [.. level.SelectMany(person => _adjacency.TryGetValue(person, out var next) ? next : []).Where(seen.Add)];
        }

        return null;
    }
}
