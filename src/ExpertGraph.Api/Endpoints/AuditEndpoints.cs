using System.Globalization;
using ExpertGraph.Api.Errors;
using ExpertGraph.Api.Requests;
using ExpertGraph.Api.Security;
using ExpertGraph.Core.Storage;
using ExpertGraph.Query;

namespace ExpertGraph.Api.Endpoints;

/// <summary>GET /api/audit: the audit log, newest first, of one key (id, prefix or name) and one action when given. Admins only.</summary>
internal static class AuditEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/audit", Read)
            .RequireAuthorization(ApiPolicies.Admin)
            .WithName("audit")
            .WithSummary("The audit log, newest first: who did what, when, on what, and how many persons the answer carried");

    private static IResult Read(string? limit, string? key, string? action, Workspace workspace)
    {
        var read = new ParameterReader();
        var query = new AuditQuery(read.Int("limit", limit, 50, 1, ApiLimits.MaxResults))
        {
            Action = string.IsNullOrWhiteSpace(action) ? null : action.Trim(),
        };
        if (!string.IsNullOrWhiteSpace(key))
        {
            var text = key.Trim();
            var keys = workspace.ListApiKeys().Where(k =>
                string.Equals(k.Id.ToString(CultureInfo.InvariantCulture), text, StringComparison.Ordinal)
                || string.Equals(k.Prefix, text, StringComparison.Ordinal)
                || string.Equals(k.Name, text, StringComparison.Ordinal)).ToList();
            if (keys.Count == 1) query = query with { KeyId = keys[0].Id };
            else read.Add(keys.Count == 0 ? $"key '{text}' is no key's id, prefix or name" : $"key '{text}' names {keys.Count} keys: give the id");
        }

        if (read.Problems.Count > 0) return ApiProblems.BadRequest(read.Problems);
        return Results.Json(new
        {
            entries = workspace.ReadAudit(query).Select(e => new
            {
                id = e.Id, at = e.At, keyId = e.KeyId, keyName = e.KeyName, role = e.Role, action = e.Action, target = e.Target, persons = e.Persons,
            }),
        });
    }
}
