using System.Diagnostics;
using System.Globalization;
using System.Net;
using ExpertGraph.Api;
using ExpertGraph.Benchmarks.Graph;
using ExpertGraph.Benchmarks.Scale;
using ExpertGraph.Benchmarks.Search;
using ExpertGraph.Query;
using ExpertGraph.Query.Access;
using ExpertGraph.Search.Experts;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertGraph.Benchmarks.Api;

/// <summary>
/// api-load --data DIR [--requests 2000] [--concurrency 4] [--queries 200] [--seed 1]
/// Serves the data folder as `expertgraph serve` does (ApiHost on 127.0.0.1, a port of its own) and sends a bounded
/// number of search requests (GET /api/search, top 10, lexicon expansion on, an admin key, every request audited as in
/// production) from <c>concurrency</c> clients, each a loop over topic queries drawn as search-latency draws them.
/// Reports sustained requests per second, latency percentiles and every non-200 answer. Beside it, in the same run and
/// process, the same queries through the in-process searcher one at a time: the cost the HTTP layer adds to.
/// The key made for the run is revoked at its end.
/// </summary>
internal static class ApiLoadCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var arguments = new CommandArguments("api-load", args);
        var data = arguments.Text("data");
        var requests = (int)arguments.Number("requests", 2000);
        var concurrency = (int)arguments.Number("concurrency", 4);
        var queryCount = (int)arguments.Number("queries", 200);
        var random = new Random((int)arguments.Number("seed", 1));

        using var workspace = Workspace.Open(new DataDirectory(Path.GetFullPath(data)));
        workspace.LoadSemanticIndex(CancellationToken.None);
        workspace.LoadPersonFacts(CancellationToken.None);
        var queries = SearchLatencyCommand.DrawQueries(workspace, random, queryCount, workspace.Store.Count().Works);

        // The peer: the searcher the API wraps, in process, one query at a time.
        using (var searcher = workspace.OpenSearcher())
        {
            foreach (var query in queries) searcher.Search(new ExpertQuery(query) { Limit = 10 });
            var ticks = new long[queries.Count];
            var found = 0;
            for (var i = 0; i < queries.Count; i++)
            {
                var start = Stopwatch.GetTimestamp();
                if (searcher.Search(new ExpertQuery(queries[i]) { Limit = 10 }).Experts.Count > 0) found++;
                ticks[i] = Stopwatch.GetTimestamp() - start;
            }

            Console.WriteLine(LatencySummary.FromTicks(ticks, found).ResultLine("expertgraph", "in-process-search-top10"));
        }

        var key = workspace.CreateApiKey("api-load " + Guid.NewGuid().ToString("N")[..8], ApiRole.Admin, TimeProvider.System);
        // The limits of a real server, except the per-key rate: a load test is one key asking as fast as it can.
        await using var app = ApiHost.Build(workspace, new ApiOptions { Urls = "http://127.0.0.1:0", RequestsPerWindow = int.MaxValue });
        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
            {
                BaseAddress = new Uri(address),
                Timeout = TimeSpan.FromSeconds(30),
            };
            client.DefaultRequestHeaders.Add("X-Api-Key", key.Key);

            // Warm-up: every query once, serially.
            foreach (var query in queries) (await client.GetAsync(SearchUrl(query))).Dispose();

            var latencies = new long[requests];
            var statuses = new HttpStatusCode[requests];
            var next = -1;
            var wall = Stopwatch.StartNew();
            var clients = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < requests)
                {
                    var start = Stopwatch.GetTimestamp();
                    try
                    {
                        using var response = await client.GetAsync(SearchUrl(queries[i % queries.Count]));
                        await response.Content.ReadAsByteArrayAsync();
                        statuses[i] = response.StatusCode;
                    }
                    catch (HttpRequestException)
                    {
                        statuses[i] = 0;
                    }

                    latencies[i] = Stopwatch.GetTimestamp() - start;
                }
            })).ToArray();
            await Task.WhenAll(clients);
            wall.Stop();

            var ok = statuses.Count(s => s == HttpStatusCode.OK);
            Console.WriteLine(LatencySummary.FromTicks(latencies, ok).ResultLine("expertgraph", $"api-search-top10-c{concurrency}"));
            var errors = statuses.Where(s => s != HttpStatusCode.OK).GroupBy(s => (int)s).Select(g => $"{g.Key}×{g.Count()}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"api\t{requests} requests\t{concurrency} clients\t{requests / wall.Elapsed.TotalSeconds:F1} requests/s\t{ok} ok\terrors: {string.Join(", ", errors).DefaultIfEmpty("none")}\tpeak RSS {PeakMemory.PeakRssBytes() / 1e6:F0} MB"));
        }
        finally
        {
            await app.StopAsync();
            workspace.RevokeApiKey(key.Stored.Prefix, TimeProvider.System);
        }

        return 0;
    }

    private static string SearchUrl(string query) => "/api/search?limit=10&q=" + Uri.EscapeDataString(query);

    private static string DefaultIfEmpty(this string text, string fallback) => text.Length == 0 ? fallback : text;
}
