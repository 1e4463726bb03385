using System.Globalization;
using System.Net.Http.Json;
using ExpertGraph.Benchmarks.Graph;
using ExpertGraph.Benchmarks.Search;
using ExpertGraph.Core.Model;
using ExpertGraph.Graph;
using ExpertGraph.Query;
using ExpertGraph.Query.Peers;

namespace ExpertGraph.Benchmarks.Api;

/// <summary>
/// What the load mix asks, drawn from the data folder with one seeded <see cref="Random"/>: topic queries as
/// search-latency draws them; persons of the collaboration graph (so they have works) for profiles; of those, persons the
/// peer finder can place for peers; node pairs for paths; and for conflicts one applicant against its co-authors first,
/// (up to a tenth of the panel), then persons drawn at random, <c>reviewers</c> in all, NSF policy at 2026-01-01.
/// </summary>
internal static class LoadTargets
{
    public static LoadEndpoint Draw(string name, Workspace workspace, Random random, int count, int reviewers)
    {
        var requests = name switch
        {
            "search" => Search(workspace, random, count),
            "profile" => Persons(workspace, random, count).Select(p => Get($"/api/persons/P{p}")).ToList(),
            "peers" => Peers(workspace, random, count),
            "path" => Paths(workspace, random, count),
            "conflicts" => Conflicts(workspace, random, count, reviewers),
            _ => throw new ArgumentException($"api-load: no endpoint '{name}' in the mix"),
        };
        var measure = name switch
        {
            "search" => "search-top10",
            "peers" => "peers-k20",
            "conflicts" => string.Create(CultureInfo.InvariantCulture, $"conflicts-1x{reviewers}"),
            _ => name,
        };
        return new LoadEndpoint(name, measure, requests);
    }

    public static IReadOnlyList<string> SearchQueries(Workspace workspace, Random random, int count) =>
        SearchLatencyCommand.DrawQueries(workspace, random, count, workspace.Store.Count().Works);

    public static string SearchUrl(string query) => "/api/search?limit=10&q=" + Uri.EscapeDataString(query);

    private static List<Func<HttpRequestMessage>> Search(Workspace workspace, Random random, int count) =>
        [.. SearchQueries(workspace, random, count).Select(q => Get(SearchUrl(q)))];

    private static CollaborationGraph OpenGraph(Workspace workspace)
    {
        var graph = workspace.OpenCollaborationNetwork(TimeProvider.System).Graph;
        return graph.NodeCount >= 2 ? graph : throw new ArgumentException("api-load: the data folder's collaboration graph has fewer than two persons");
    }

    private static List<long> Persons(Workspace workspace, Random random, int count)
    {
        var graph = OpenGraph(workspace);
        return [.. Enumerable.Range(0, count).Select(_ => graph.IdOf(random.Next(graph.NodeCount)))];
    }

    /// <summary>Persons whose peers can be found (a person without a placeable work is a 422, not load).</summary>
    private static List<Func<HttpRequestMessage>> Peers(Workspace workspace, Random random, int count)
    {
        var graph = OpenGraph(workspace);
        var finder = workspace.OpenPeerFinder(TimeProvider.System);
        var persons = new List<long>();
        for (var tries = 0; persons.Count < count && tries < count * 20; tries++)
        {
            var id = graph.IdOf(random.Next(graph.NodeCount));
            try
            {
                finder.Find(new PeerQuery(new PersonId(id)) { K = 1 });
                persons.Add(id);
            }
            catch (ExpertGraphException)
            {
                // No field to find peers in: drawn again.
            }
        }

        return persons.Count > 0 ? [.. persons.Select(p => Get($"/api/persons/P{p}/peers?k=20"))] : throw new ArgumentException("api-load: no person of the graph has peers");
    }

    private static List<Func<HttpRequestMessage>> Paths(Workspace workspace, Random random, int count) =>
        [.. QueryPairs.Draw(OpenGraph(workspace), count, random.Next()).Select(pair => Get($"/api/paths?from=P{pair.Source}&to=P{pair.Target}"))];

    private static List<Func<HttpRequestMessage>> Conflicts(Workspace workspace, Random random, int count, int reviewers)
    {
        var graph = OpenGraph(workspace);
        var requests = new List<Func<HttpRequestMessage>>(count);
        for (var i = 0; i < count; i++)
        {
            var applicant = random.Next(graph.NodeCount);
            var panel = new HashSet<long>();
            foreach (var neighbor in graph.Neighbors(applicant))
            {
                if (panel.Count >= reviewers / 10) break;
                panel.Add(graph.IdOf(neighbor));
            }

            while (panel.Count < Math.Min(reviewers, graph.NodeCount - 1))
            {
                var node = random.Next(graph.NodeCount);
                if (node != applicant) panel.Add(graph.IdOf(node));
            }

            var body = new { applicants = new[] { Id(graph.IdOf(applicant)) }, reviewers = panel.Select(Id).ToArray(), policy = "nsf", date = "2026-01-01" };
            requests.Add(() => new HttpRequestMessage(HttpMethod.Post, "/api/conflicts") { Content = JsonContent.Create(body) });
        }

        return requests;
    }

    private static string Id(long person) => "P" + person.ToString(CultureInfo.InvariantCulture);

    private static Func<HttpRequestMessage> Get(string url) => () => new HttpRequestMessage(HttpMethod.Get, url);
}
