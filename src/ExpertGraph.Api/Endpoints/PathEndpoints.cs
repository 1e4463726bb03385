using ExpertGraph.Api.Auditing;
using ExpertGraph.Api.Errors;
using ExpertGraph.Api.Hosting;
using ExpertGraph.Api.Json;
using ExpertGraph.Api.Requests;
using ExpertGraph.Api.Security;
using ExpertGraph.Graph;
using ExpertGraph.Graph.Paths;
using ExpertGraph.Query;
using ExpertGraph.Query.Graph;
using Microsoft.AspNetCore.Mvc;

namespace ExpertGraph.Api.Endpoints;

/// <summary>GET /api/paths: how to reach a person, as `expertgraph path` answers it: chains of real collaborations, each hop with its evidence.</summary>
internal static class PathEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/paths", Paths)
            .RequireAuthorization(ApiPolicies.Scout)
            .WithName("paths")
            .WithSummary("Shortest (or strongest) chains of collaborations from our people to a target, every hop with its shared works");

    private static IResult Paths([FromQuery] string[]? from, string? to, string? k, string? maxHops, string? strongest, string? kinds, string? evidence,
        Workspace workspace, QueryViews views, AuditTrail audit, HttpContext context)
    {
        var read = new ParameterReader();
        var sources = read.Persons("from", from, ApiLimits.MaxPathSources);
        var target = read.Person("to", to);
        var count = read.Int("k", k, 1, 1, ApiLimits.MaxPaths);
        var hops = read.Int("maxHops", maxHops, PathOptions.HopLimit, 1, PathOptions.HopLimit);
        var strong = read.Bool("strongest", strongest, false);
        var perHop = read.Int("evidence", evidence, 3, 0, 20);
        var edgeKinds = PathRequest.CollaborationKinds;
        try
        {
            if (!string.IsNullOrWhiteSpace(kinds)) edgeKinds = EdgeKindNames.Parse(kinds);
        }
        catch (ArgumentException ex)
        {
            read.Add("kinds: " + ex.Message.Split(" (Parameter", 2)[0]);
        }

        if (count > 1 && strong) read.Add("k and strongest do not go together: the strongest path is one path");
        if (read.Problems.Count > 0) return ApiProblems.BadRequest(read.Problems);
        if (PersonChecks.Describe(workspace, [.. sources, target!.Value]) is { } unknown)
            return Results.Problem(unknown, statusCode: StatusCodes.Status404NotFound, title: "Unknown person");

        var request = new PathRequest(sources, target.Value) { MaxHops = hops, Count = count, Strongest = strong, Kinds = edgeKinds, EvidencePerHop = perHop };
        var answer = views.Network().FindPaths(request);
        var persons = answer.Paths.SelectMany(p => p.Hops.SelectMany(h => new[] { h.From.Id, h.To.Id })).Distinct().Count();
        audit.Record(context, AuditActions.Path, $"{string.Join(",", sources)} → {target.Value}", persons);
        return Results.Json(PathAnswerJson.Create(answer, request));
    }
}
