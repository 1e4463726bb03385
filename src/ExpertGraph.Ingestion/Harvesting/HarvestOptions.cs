using System.Globalization;
using System.Text;

namespace ExpertGraph.Ingestion.Harvesting;

/// <summary>
/// What to harvest and how politely; validated once, every problem reported together. The harvest's identity is
/// <see cref="Source"/>, <see cref="Query"/>, <see cref="Filter"/> and <see cref="Since"/>: a folder holds one harvest.
/// </summary>
public sealed record HarvestOptions
{
    public required HarvestSource Source { get; init; }

    /// <summary>Full-text search: OpenAlex <c>search=</c>, Crossref <c>query=</c>.</summary>
    public string? Query { get; init; }

    /// <summary>The source's own filter expression, passed through (OpenAlex <c>filter=</c>, Crossref <c>filter=</c>).</summary>
    public string? Filter { get; init; }

    /// <summary>
    /// Only works since this day. OpenAlex: <c>from_publication_date</c> (its <c>from_updated_date</c> needs a premium
    /// key); Crossref: <c>from-update-date</c> (deposited or updated since, which takes in new works).
    /// </summary>
    public DateOnly? Since { get; init; }

    /// <summary>The folder the pages and the harvest state are written to.</summary>
    public required string OutputFolder { get; init; }

    /// <summary>Stop once the folder holds at least this many records (pages are saved whole).</summary>
    public long? MaxRecords { get; init; }

    /// <summary>
    /// Contact address for the sources' polite pools: OpenAlex's <c>mailto=</c> parameter, and the User-Agent
    /// "ExpertGraph/version (mailto:…)" on every request.
    /// </summary>
    public string? Mailto { get; init; }

    /// <summary>OpenAlex API key (<c>api_key=</c>), optional; never written to the state or to messages.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Another host serving the same API (a mirror, a test server); /works is appended.</summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>Records asked for per page: OpenAlex allows 1..200, Crossref 1..1000.</summary>
    public int PageSize { get; init; } = 200;

    /// <summary>Requests per second at most, retries included; null: the source's default (<see cref="DefaultRequestsPerSecond"/>).</summary>
    public double? RequestsPerSecond { get; init; }

    /// <summary>Tries per page before the harvest stops with the last failure.</summary>
    public int MaxAttempts { get; init; } = 6;

    /// <summary>Time one try has for the whole answer (headers and body).</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>First backoff delay; doubles each retry, with jitter, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>A server's Retry-After up to this long is waited for; a longer one stops the harvest (resume it later).</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Below the published limits (OpenAlex about 10 requests/s; Crossref's polite pool more, its public pool less),
    /// with room for other clients of the same address.
    /// </summary>
    public static double DefaultRequestsPerSecond(HarvestSource source) => source == HarvestSource.OpenAlex ? 8 : 5;

    public static Uri DefaultBaseUrl(HarvestSource source) =>
        new(source == HarvestSource.OpenAlex ? "https://api.openalex.org" : "https://api.crossref.org");

    public static int MaxPageSize(HarvestSource source) => source == HarvestSource.OpenAlex ? 200 : 1000;

    internal Uri EffectiveBaseUrl => BaseUrl ?? DefaultBaseUrl(Source);

    internal double EffectiveRequestsPerSecond => RequestsPerSecond ?? DefaultRequestsPerSecond(Source);

    public void Validate()
    {
        var problems = new List<string>();
        if (!Enum.IsDefined(Source)) problems.Add($"Source must be openalex or crossref, was {Source}");
        if (string.IsNullOrWhiteSpace(Query) && string.IsNullOrWhiteSpace(Filter)) problems.Add("a query or a filter is required (a whole-database harvest is what the snapshots are for)");
        if (string.IsNullOrWhiteSpace(OutputFolder)) problems.Add("OutputFolder is required");
        if (MaxRecords is < 1) problems.Add($"MaxRecords must be at least 1, was {MaxRecords}");
        if (Mailto is { } mailto && !IsPlausibleAddress(mailto)) problems.Add($"mailto must be an e-mail address (name@host), was '{mailto}'");
        if (BaseUrl is { } url && (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)))
            problems.Add($"BaseUrl must be an absolute http or https URL, was '{url}'");
        if (Enum.IsDefined(Source) && (PageSize < 1 || PageSize > MaxPageSize(Source)))
            problems.Add($"PageSize must be 1..{MaxPageSize(Source)} for {Source}, was {PageSize}");
        if (RequestsPerSecond is { } rate && (double.IsNaN(rate) || rate <= 0 || rate > 100)) problems.Add($"RequestsPerSecond must be above 0 and at most 100, was {rate}");
        if (MaxAttempts is < 1 or > 100) problems.Add($"MaxAttempts must be 1..100, was {MaxAttempts}");
        if (AttemptTimeout <= TimeSpan.Zero || AttemptTimeout > TimeSpan.FromHours(1)) problems.Add($"AttemptTimeout must be above 0 and at most an hour, was {AttemptTimeout}");
        if (RetryDelay < TimeSpan.Zero) problems.Add($"RetryDelay must not be negative, was {RetryDelay}");
        if (MaxRetryDelay < RetryDelay) problems.Add($"MaxRetryDelay must be at least RetryDelay, was {MaxRetryDelay}");
        if (MaxRetryAfter < TimeSpan.Zero) problems.Add($"MaxRetryAfter must not be negative, was {MaxRetryAfter}");
        if (problems.Count > 0) throw new ArgumentException("invalid harvest options: " + string.Join("; ", problems));
    }

    /// <summary>
    /// A folder name for a harvest that names none: "openalex-graph-neural-networks-since-2024-01-01", from the query
    /// or filter's letters and digits, or "openalex-" and a hash of them when they have none (a Chinese query).
    /// </summary>
    public static string DefaultFolderName(HarvestSource source, string? query, string? filter, DateOnly? since)
    {
        var slug = new StringBuilder();
        foreach (var c in (query ?? filter ?? "").ToLowerInvariant())
        {
            if (slug.Length >= 48) break;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }

        var name = slug.ToString().Trim('-');
        if (name.Length == 0)
        {
            var hash = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes((query ?? "") + "\n" + (filter ?? "")));
            name = Convert.ToHexStringLower(hash)[..12];
        }

        var prefix = source == HarvestSource.OpenAlex ? "openalex-" : "crossref-";
        var suffix = since is { } day ? "-since-" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
        return prefix + name + suffix;
    }

    private static bool IsPlausibleAddress(string address)
    {
        var at = address.IndexOf('@', StringComparison.Ordinal);
        if (at < 1 || at == address.Length - 1 || address.IndexOf('@', at + 1) >= 0) return false;
        foreach (var c in address)
            if (char.IsWhiteSpace(c) || c is '(' or ')' or '<' or '>' or ',' or ';' or '"') return false;
        return true;
    }
}
