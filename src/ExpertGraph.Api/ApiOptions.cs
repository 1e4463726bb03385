namespace ExpertGraph.Api;

/// <summary>How the API is served: where, how much each key may ask, how large a request may be. Validated once, every problem at once.</summary>
public sealed record ApiOptions
{
    /// <summary>Loopback only by default: serving beyond the machine is a decision (and wants TLS in front).</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public string Urls { get; init; } = DefaultUrls;

    /// <summary>Requests one key may make per <see cref="RateWindow"/>; more get 429 with Retry-After.</summary>
    public int RequestsPerWindow { get; init; } = 120;

    public TimeSpan RateWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The largest request body accepted (413 beyond).</summary>
    public long MaxRequestBodyBytes { get; init; } = 1024 * 1024;

    /// <summary>
    /// The base URL profile links of shortlist exports start with (a link is base + /persons/P12); null: this server's
    /// own /api as the request reached it (scheme and host), so links lead back to GET /api/persons/{id}.
    /// </summary>
    public string? ProfileBaseUrl { get; init; }

    /// <summary>
    /// The folder ingest over HTTP reads from (POST /api/ingest names paths relative to it, never outside); null: ingest
    /// over HTTP is off, and its endpoints say so.
    /// </summary>
    public string? ImportRoot { get; init; }

    /// <summary>A test seam: awaited by an ingest job before it reads anything (tests hold a job queued with it).</summary>
    internal Func<CancellationToken, Task>? BeforeIngest { get; init; }

    /// <summary>When audit rows are written and reference dates default to; the system clock unless a test says otherwise.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Urls)) problems.Add("urls: give at least one, e.g. " + DefaultUrls);
        if (RequestsPerWindow < 1) problems.Add("requests per window: at least 1");
        if (RateWindow <= TimeSpan.Zero) problems.Add("rate window: longer than zero");
        if (MaxRequestBodyBytes < 1024) problems.Add("max request body: at least 1024 bytes");
        if (ImportRoot is not null && !Directory.Exists(ImportRoot)) problems.Add($"import root: '{ImportRoot}' is no folder");
        if (ProfileBaseUrl is not null && !IsHttpUrl(ProfileBaseUrl)) problems.Add($"profile base URL: an absolute http(s) URL, not '{ProfileBaseUrl}'");
        return problems;
    }

    private static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
