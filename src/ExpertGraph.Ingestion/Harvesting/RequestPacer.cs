namespace ExpertGraph.Ingestion.Harvesting;

/// <summary>
/// Spaces requests at least 1/rate apart on the injected clock. Cursor paging sends one request at a time, so a
/// next-allowed instant is the whole limiter; System.Threading.RateLimiting's buckets refill on a real timer, which
/// tests could not drive with a fake clock.
/// </summary>
internal sealed class RequestPacer(double requestsPerSecond, TimeProvider time)
{
    private readonly TimeSpan _interval = TimeSpan.FromSeconds(1 / requestsPerSecond);
    private DateTimeOffset? _next;

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_next is { } next && next > now)
        {
            await Task.Delay(next - now, time, cancellationToken).ConfigureAwait(false);
            now = next;
        }

        _next = now + _interval;
    }
}
