using System.Net.Http.Headers;

namespace ExpertGraph.Ingestion.Harvesting;

/// <summary>Retry-After as a wait from now: "120" (seconds) or an HTTP-date ("Wed, 21 Oct 2025 07:28:00 GMT").</summary>
internal static class RetryAfterHeader
{
    public static TimeSpan? Read(HttpResponseMessage response, TimeProvider time) => Read(response.Headers.RetryAfter, time.GetUtcNow());

    public static TimeSpan? Read(RetryConditionHeaderValue? header, DateTimeOffset now)
    {
        if (header?.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date) return date > now ? date - now : TimeSpan.Zero;
        return null;
    }
}
