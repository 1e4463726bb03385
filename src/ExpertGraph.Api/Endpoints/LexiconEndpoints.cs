using ExpertGraph.Api.Errors;
using ExpertGraph.Api.Json;
using ExpertGraph.Api.Security;
using ExpertGraph.Query;

namespace ExpertGraph.Api.Endpoints;

/// <summary>GET /api/lexicon: a concept by id, or every concept a text names, as `lexicon show` prints them.</summary>
internal static class LexiconEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/lexicon", Show)
            .RequireAuthorization(ApiPolicies.Scout)
            .WithName("lexicon")
            .WithSummary("A lexicon concept by id, or the concepts a text in zh or en names, with ancestors, children and terms");

    private static IResult Show(string? q, Workspace workspace)
    {
        if (string.IsNullOrWhiteSpace(q)) return ApiProblems.BadRequest("q is missing: give a concept id (MESH:D006108) or a term (石墨烯, machine learning)");
        if (q.Length > ApiLimits.MaxQueryLength) return ApiProblems.BadRequest($"q is longer than {ApiLimits.MaxQueryLength} characters");
        if (workspace.Lexicon is not { } loaded)
            return Results.Problem("no lexicon is installed for this server", statusCode: StatusCodes.Status503ServiceUnavailable, title: "No lexicon");
        var concepts = loaded.FindConcepts(q);
        if (concepts.Count == 0)
            return Results.Problem($"\"{q.Trim()}\" is no concept id and names no concept of the lexicon", statusCode: StatusCodes.Status404NotFound, title: "No concept");
        return Results.Json(new
        {
            query = q.Trim(),
            concepts = concepts.Take(ApiLimits.MaxResults).Select(c => ConceptJson.Create(loaded.Tagger.Lexicon, c)),
        });
    }
}
