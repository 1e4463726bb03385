using System.Net.Http.Headers;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace ExpertGraph.Ingestion.Harvesting;

/// <summary>
/// Fetches one page politely and stubbornly: paced by <see cref="RequestPacer"/>, each try bounded by a timeout,
/// retried with exponential backoff and jitter (or after the server's Retry-After) on 408, 429, 500, 502, 503, 504,
/// a timeout, a lost connection and a body that is not a whole page; after the last try, a <see cref="HarvestException"/>
/// that names the URL and the last failure. All waiting is on the injected clock.
/// </summary>
internal sealed class PageFetcher
{
    private const int DetailLength = 300;
    private readonly HttpClient _http;
    private readonly HarvestApi _api;
    private readonly HarvestOptions _options;
    private readonly TimeProvider _time;
    private readonly Action<string>? _log;
    private readonly RequestPacer _pacer;
    private readonly ResiliencePipeline _pipeline;

    public PageFetcher(HttpClient http, HarvestApi api, HarvestOptions options, TimeProvider time, Action<string>? log)
    {
        _http = http;
        _api = api;
        _options = options;
        _time = time;
        _log = log;
        _pacer = new RequestPacer(options.EffectiveRequestsPerSecond, time);
        _pipeline = BuildPipeline();
    }

    public int Requests { get; private set; }

    public int Retries { get; private set; }

    public async Task<FetchedPage> FetchAsync(Uri uri, CancellationToken cancellationToken)
    {
        var attempts = 0;
        try
        {
            return await _pipeline.ExecuteAsync(async token =>
            {
                attempts++;
                return await FetchOnceAsync(uri, token).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsFetchFailure(ex) && !cancellationToken.IsCancellationRequested)
        {
            var tries = attempts == 1 ? "" : $" after {attempts} tries";
            var hint = ex is HarvestResponseException { RetryAfter: { } wait } r && r.IsTransient && wait > _options.MaxRetryAfter
                ? $" (the server asks to wait {wait.TotalMinutes:F0} min, longer than {_options.MaxRetryAfter.TotalMinutes:F0} min; run the same command later to resume)"
                : "";
            throw new HarvestException($"GET {HarvestUrls.Display(uri)} failed{tries}: {Describe(ex)}{hint}", ex);
        }
    }

    private async ValueTask<FetchedPage> FetchOnceAsync(Uri uri, CancellationToken cancellationToken)
    {
        await _pacer.WaitAsync(cancellationToken).ConfigureAwait(false);
        Requests++;
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.TryAddWithoutValidation("User-Agent", _api.UserAgent);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
            throw new HarvestResponseException(response.StatusCode, RetryAfterHeader.Read(response, _time), await ReadDetailAsync(response, cancellationToken).ConfigureAwait(false));
        // A connection closed before Content-Length bytes fails here (HttpIOException); a body cut at a JSON
        // boundary the server thought whole fails in Parse.
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return new FetchedPage(body, _api.Parse(body));
    }

    private ResiliencePipeline BuildPipeline()
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = _time };
        if (_options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } ex && IsRetryable(ex)),
                MaxRetryAttempts = _options.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _options.RetryDelay,
                MaxDelay = _options.MaxRetryDelay,
                // Seeded: a run's waits are reproducible (STYLE 5); jitter still spreads one client's retries.
                Randomizer = new Random(1729).NextDouble,
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Exception is HarvestResponseException { RetryAfter: { } wait } ? wait : (TimeSpan?)null),
                OnRetry = args =>
                {
                    Retries++;
                    _log?.Invoke($"retry {args.AttemptNumber + 1} of {_options.MaxAttempts - 1} in {args.RetryDelay.TotalSeconds:F1} s: {Describe(args.Outcome.Exception!)}");
                    return default;
                },
            });
        }

        return builder.AddTimeout(_options.AttemptTimeout).Build();
    }

    private bool IsRetryable(Exception ex) => ex switch
    {
        HarvestResponseException response => response.IsTransient && (response.RetryAfter is not { } wait || wait <= _options.MaxRetryAfter),
        _ => IsTransport(ex),
    };

    private static bool IsFetchFailure(Exception ex) => ex is HarvestResponseException || IsTransport(ex);

    private static bool IsTransport(Exception ex) => ex is TimeoutRejectedException or HarvestBodyException or HttpRequestException or IOException;

    private string Describe(Exception ex) => ex switch
    {
        TimeoutRejectedException => $"no whole answer within {_options.AttemptTimeout.TotalSeconds:F0} s",
        HarvestBodyException body => "unreadable page: " + body.Message,
        HarvestResponseException response => response.Message,
        _ => "connection failed: " + ex.Message,
    };

    private static async Task<string?> ReadDetailAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            text = string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
            return text.Length <= DetailLength ? text : text[..DetailLength] + "…";
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
