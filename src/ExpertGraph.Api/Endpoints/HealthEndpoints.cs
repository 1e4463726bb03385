namespace ExpertGraph.Api.Endpoints;

/// <summary>GET /health: that the server answers; no key, and no data.</summary>
internal static class HealthEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/health", () => Results.Json(new { status = "ok" }))
            .AllowAnonymous()
            .DisableRateLimiting()
            .WithName("health")
            .WithSummary("Whether the server answers (no key needed)");
}
