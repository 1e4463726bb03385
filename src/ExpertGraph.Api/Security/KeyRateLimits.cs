using System.Globalization;
using System.Threading.RateLimiting;
using ExpertGraph.Api.Errors;
using Microsoft.AspNetCore.RateLimiting;

namespace ExpertGraph.Api.Security;

/// <summary>
/// Each key gets <see cref="ApiOptions.RequestsPerWindow"/> requests per fixed window; requests without a valid key share
/// a window per client address. Beyond it: 429 ProblemDetails with Retry-After (seconds until the window opens again).
/// </summary>
internal static class KeyRateLimits
{
    public static void Configure(RateLimiterOptions limiter, ApiOptions options)
    {
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var caller = ApiCaller.From(context.User);
            var partition = caller is null ? "address:" + context.Connection.RemoteIpAddress : "key:" + caller.KeyId.ToString(CultureInfo.InvariantCulture);
            return RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.RequestsPerWindow,
                Window = options.RateWindow,
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        });
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = async (rejected, cancellationToken) =>
        {
            var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : options.RateWindow;
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            await ApiProblems.Write(rejected.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests",
                $"this key may make {options.RequestsPerWindow} requests per {options.RateWindow.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s: try again in {seconds} s").ConfigureAwait(false);
        };
    }
}
