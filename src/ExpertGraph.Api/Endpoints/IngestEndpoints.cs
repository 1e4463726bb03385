using System.Globalization;
using ExpertGraph.Api.Errors;
using ExpertGraph.Api.Ingest;
using ExpertGraph.Api.Json;
using ExpertGraph.Api.Requests;
using ExpertGraph.Api.Security;

namespace ExpertGraph.Api.Endpoints;

/// <summary>
/// POST /api/ingest and GET /api/ingest/{id}: the admin's `ingest` over HTTP, of files under the server's import root
/// (serve --import-root), one job at a time, in the background; off (404 saying so) when the server has no import root.
/// </summary>
internal static class IngestEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/ingest", Start)
            .RequireAuthorization(ApiPolicies.Admin)
            .WithName("ingest")
            .WithSummary("Ingest files or folders under the server's import root, as `expertgraph ingest` does: 202 with the job's id and Location");
        app.MapGet("/api/ingest/{id}", Status)
            .RequireAuthorization(ApiPolicies.Admin)
            .WithName("ingest.status")
            .WithSummary("An ingest job: queued, running, completed or failed, its progress, and at the end the run's counts and failures");
    }

    private static IResult Start(IngestBody body, ApiOptions options, IngestJobs jobs, HttpContext context)
    {
        if (options.ImportRoot is not { } root) return Off();
        var read = new ParameterReader();
        var full = ImportPaths.Resolve(root, body.Paths, read);
        if (read.Problems.Count > 0) return ApiProblems.BadRequest(read.Problems);

        var paths = body.Paths!.Select(p => p!.Trim().Replace('\\', '/')).ToList();
        if (jobs.TryStart(paths, full, body.Force, ApiCaller.Of(context)) is not { } job)
        {
            var running = jobs.Current;
            return Results.Problem(
                $"an ingest is running{(running is null ? "" : $" (job {running.Id})")}: one at a time; start this one when GET /api/ingest/{running?.Id} says completed or failed",
                statusCode: StatusCodes.Status409Conflict, title: "Ingest running",
                extensions: new Dictionary<string, object?> { ["runningJob"] = running?.Id });
        }

        return Results.Accepted(Location(job.Id), IngestJobJson.Create(job.Snapshot(), ImportPaths.Root(root)));
    }

    private static IResult Status(string id, ApiOptions options, IngestJobs jobs)
    {
        if (options.ImportRoot is not { } root) return Off();
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            return ApiProblems.BadRequest($"id '{id}' is not an ingest job id (a whole number, as POST /api/ingest answers it)");
        return jobs.Find(number) is { } job
            ? Results.Json(IngestJobJson.Create(job.Snapshot(), ImportPaths.Root(root)))
            : Results.Problem($"no ingest job {number} (this server keeps the last {IngestJobs.KeptJobs} jobs until it stops)",
                statusCode: StatusCodes.Status404NotFound, title: "Unknown ingest job");
    }

    private static string Location(long id) => string.Create(CultureInfo.InvariantCulture, $"/api/ingest/{id}");

    private static IResult Off() =>
        Results.Problem("ingest over HTTP is off: the server was started without an import root (expertgraph serve --import-root DIR reads files under DIR); the CLI's `expertgraph ingest` works as ever",
            statusCode: StatusCodes.Status404NotFound, title: "Ingest over HTTP is off");
}
