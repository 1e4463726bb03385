using System.Diagnostics;
using System.Globalization;
using System.Net;
using ExpertGraph.Benchmarks.Graph;

namespace ExpertGraph.Benchmarks.Api;

/// <summary>
/// One timed run of the mix: request i goes to endpoint i mod the mix's size (its own requests cycled), from
/// <c>concurrency</c> clients taking the next index until all are sent; every latency and status is kept by endpoint.
/// </summary>
internal sealed class LoadRun
{
    private readonly IReadOnlyList<LoadEndpoint> _endpoints;
    private readonly long[] _latencies;
    private readonly HttpStatusCode[] _statuses;
    private TimeSpan _wall;

    private LoadRun(IReadOnlyList<LoadEndpoint> endpoints, int requests)
    {
        _endpoints = endpoints;
        _latencies = new long[requests];
        _statuses = new HttpStatusCode[requests];
    }

    public static async Task<LoadRun> RunAsync(HttpClient client, IReadOnlyList<LoadEndpoint> endpoints, int requests, int concurrency)
    {
        var run = new LoadRun(endpoints, requests);
        var next = -1;
        var wall = Stopwatch.StartNew();
        var clients = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                var endpoint = endpoints[i % endpoints.Count];
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var message = endpoint.Requests[i / endpoints.Count % endpoint.Requests.Count]();
                    using var response = await client.SendAsync(message);
                    await response.Content.ReadAsByteArrayAsync();
                    run._statuses[i] = response.StatusCode;
                }
                catch (HttpRequestException)
                {
                    run._statuses[i] = 0;
                }

                run._latencies[i] = Stopwatch.GetTimestamp() - start;
            }
        })).ToArray();
        await Task.WhenAll(clients);
        run._wall = wall.Elapsed;
        return run;
    }

    /// <summary>Per endpoint the "result" line (latency percentiles, ms) and a line of its requests per second over the run and its errors; then the total.</summary>
    /// <param name="prefix">Before each endpoint's name ("mix-" for a mixed run).</param>
    public IEnumerable<string> Lines(int concurrency, string prefix)
    {
        for (var e = 0; e < _endpoints.Count; e++)
        {
            var mine = Enumerable.Range(0, _latencies.Length).Where(i => i % _endpoints.Count == e).ToList();
            yield return Summary(mine).ResultLine("expertgraph", $"api-{prefix}{_endpoints[e].Measure}-c{concurrency}");
            yield return Line(prefix + _endpoints[e].Measure, mine, concurrency);
        }

        if (_endpoints.Count > 1) yield return Line(prefix + "all", [.. Enumerable.Range(0, _latencies.Length)], concurrency);
    }

    private string Line(string name, IReadOnlyList<int> requests, int concurrency)
    {
        var summary = Summary(requests);
        var errors = string.Join(", ", requests.Where(i => _statuses[i] != HttpStatusCode.OK).GroupBy(i => (int)_statuses[i]).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}"));
        return string.Create(CultureInfo.InvariantCulture,
            $"api\t{name}\t{requests.Count} requests\t{concurrency} clients\t{requests.Count / _wall.TotalSeconds:F1} requests/s\tp50 {summary.P50:F2} ms\tp99 {summary.P99:F2} ms\t{summary.Found} ok\terrors: {(errors.Length == 0 ? "none" : errors)}");
    }

    private LatencySummary Summary(IReadOnlyList<int> requests) =>
        LatencySummary.FromTicks([.. requests.Select(i => _latencies[i])], requests.Count(i => _statuses[i] == HttpStatusCode.OK));
}
