using ExpertGraph.Api.Auditing;
using ExpertGraph.Api.Errors;
using ExpertGraph.Api.Hosting;
using ExpertGraph.Api.Json;
using ExpertGraph.Api.Requests;
using ExpertGraph.Api.Security;

namespace ExpertGraph.Api.Endpoints;

/// <summary>GET /api/search: experts on a topic, ranked with reasons, with the scout filters and facets of `expertgraph search`.</summary>
internal static class SearchEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/search", Search)
            .RequireAuthorization(ApiPolicies.Scout)
            .WithName("search")
            .WithSummary("Experts on a topic, ranked with reasons and filtered like a scout asks, with facet counts");

    private static IResult Search([AsParameters] SearchParameters parameters, QueryViews views, AuditTrail audit, HttpContext context)
    {
        var read = new ParameterReader();
        if (parameters.ToQuery(read, out var explain) is not { } query) return ApiProblems.BadRequest(read.Problems);
        var result = views.Search(searcher => searcher.Search(query));
        audit.Record(context, AuditActions.Search, query.Text, result.Experts.Count);
        return Results.Json(SearchResultJson.Create(result, explain));
    }
}
