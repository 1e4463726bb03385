using System.Net;

namespace ExpertGraph.Ingestion.Harvesting;

/// <summary>An answer with an error status; retried when <see cref="IsTransient"/> (429 and the 5xx a busy server sends).</summary>
internal sealed class HarvestResponseException : Exception
{
    public HarvestResponseException(HttpStatusCode status, TimeSpan? retryAfter, string? detail)
        : base($"HTTP {(int)status} {status}" + (string.IsNullOrEmpty(detail) ? "" : ": " + detail))
    {
        Status = status;
        RetryAfter = retryAfter;
    }

    public HarvestResponseException() { }
    public HarvestResponseException(string message) : base(message) { }
    public HarvestResponseException(string message, Exception innerException) : base(message, innerException) { }

    public HttpStatusCode Status { get; }

    /// <summary>How long the server asked us to wait (its Retry-After header, in seconds or as a date), if it did.</summary>
    public TimeSpan? RetryAfter { get; }

    public bool IsTransient => (int)Status is 408 or 429 or 500 or 502 or 503 or 504;
}
