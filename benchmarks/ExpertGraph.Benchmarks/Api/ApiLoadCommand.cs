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
/// api-load --data DIR [--mix search|profile|peers|path|conflicts|all] [--requests 2000] [--concurrency 4] [--queries 200]
/// [--reviewers 100] [--seed 1]
/// Serves the data folder as `expertgraph serve` does (ApiHost on 127.0.0.1, a port of its own) and sends a bounded
/// number of requests from <c>concurrency</c> clients, an admin key, every request audited as in production. The mix
/// (default search) names the endpoints: GET /api/search (top 10, lexicon expansion on), GET /api/persons/{id}, GET
/// /api/persons/{id}/peers (k 20), GET /api/paths, POST /api/conflicts (1 applicant × <c>reviewers</c>), or "all" of
/// them (or a comma-separated list). Each endpoint gets <c>queries</c> distinct requests drawn from the data folder with
/// the seed (<see cref="LoadTargets"/>), cycled. Each endpoint of the mix is run alone, <c>requests</c> requests, then,
/// with more than one, all of them interleaved request by request (lines "mix-…": each endpoint's share of the
/// requests per second, and its latencies under the others' load). Reported per run: requests per second, latency
/// percentiles and every non-200 answer. When search is in the mix, beside it, in the
/// same run and process, the same queries through the in-process searcher one at a time: the cost the HTTP layer adds
/// to. The key made for the run is revoked at its end.
/// </summary>
internal static class ApiLoadCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var arguments = new CommandArguments("api-load", args);
        var data = arguments.Text("data");
        var mix = LoadEndpoint.ParseMix(arguments.OptionalText("mix") ?? "search");
        var requests = (int)arguments.Number("requests", 2000);
        var concurrency = (int)arguments.Number("concurrency", 4);
        var queryCount = (int)arguments.Number("queries", 200);
        var reviewers = (int)arguments.Number("reviewers", 100);
        var seed = (int)arguments.Number("seed", 1);
        var random = new Random(seed);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"api-load: mix {string.Join(",", mix)}, {requests} requests, {concurrency} clients, {queryCount} drawn per endpoint, seed {seed}"));

        using var workspace = Workspace.Open(new DataDirectory(Path.GetFullPath(data)));
        workspace.LoadSemanticIndex(CancellationToken.None);
        workspace.LoadPersonFacts(CancellationToken.None);
        if (mix.Contains("search")) InProcessSearch(workspace, LoadTargets.SearchQueries(workspace, new Random(seed), queryCount));
        // Each endpoint draws with its own seeded generator, so adding one to the mix leaves the others' requests as they were.
        var endpoints = mix.Select((name, i) => LoadTargets.Draw(name, workspace, new Random(seed + i), queryCount, reviewers)).ToList();

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

            // Warm-up: every drawn request once, serially.
            foreach (var request in endpoints.SelectMany(e => e.Requests))
            {
                using var message = request();
                (await client.SendAsync(message)).Dispose();
            }

            // Each endpoint alone (its own capacity), then, with more than one, all of them interleaved (what they cost each other).
            foreach (var endpoint in endpoints)
            {
                var alone = await LoadRun.RunAsync(client, [endpoint], requests, concurrency);
                foreach (var line in alone.Lines(concurrency, "")) Console.WriteLine(line);
            }

            if (endpoints.Count > 1)
            {
                var mixed = await LoadRun.RunAsync(client, endpoints, requests, concurrency);
                foreach (var line in mixed.Lines(concurrency, "mix-")) Console.WriteLine(line);
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak RSS {PeakMemory.PeakRssBytes() / 1e6:F0} MB"));
        }
        finally
        {
            await app.StopAsync();
            workspace.RevokeApiKey(key.Stored.Prefix, TimeProvider.System);
        }

        return 0;
    }

    /// <summary>The peer: the searcher the API wraps, in process, one query at a time.</summary>
    private static void InProcessSearch(Workspace workspace, IReadOnlyList<string> queries)
    {
        using var searcher = workspace.OpenSearcher();
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
}
