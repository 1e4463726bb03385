using ExpertGraph.Api.Auditing;
using ExpertGraph.Api.Errors;
using ExpertGraph.Api.Hosting;
using ExpertGraph.Api.Requests;
using ExpertGraph.Api.Security;
using ExpertGraph.Core.Curation;
using ExpertGraph.Query;

namespace ExpertGraph.Api.Endpoints;

/// <summary>
/// Curator decisions on persons (`persons merge|split|pin`), admins only. The curator recorded in the curation log is
/// "api:" and the key's name; the decision is also in the audit log.
/// </summary>
internal static class CurationEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var persons = app.MapGroup("/api/persons/{id}").RequireAuthorization(ApiPolicies.Admin);
        persons.MapPost("/merge", Merge).WithName("merge").WithSummary("Merge persons into this one: their works, names and keys move to it");
        persons.MapPost("/split", Split).WithName("split").WithSummary("Move mentions of this person to a new person, kept apart from it");
        persons.MapPost("/pin", Pin).WithName("pin").WithSummary("Say that a mention is this person, for every later run");
    }

    private static IResult Merge(string id, MergeBody body, Workspace workspace, QueryViews views, AuditTrail audit, HttpContext context)
    {
        var read = new ParameterReader();
        var target = read.Person("id", id);
        var sources = read.Persons("sources", body.Sources, ApiLimits.MaxResults);
        var note = Note(body.Reason, context, read);
        if (read.Problems.Count > 0) return ApiProblems.BadRequest(read.Problems);
        if (PersonChecks.Unknown(workspace, target!.Value) is { } unknown) return ApiProblems.UnknownPerson(unknown);
        var result = workspace.MergePersons(target.Value, sources, note!);
        views.Invalidate();
        audit.Record(context, AuditActions.Merge, $"{target.Value} ← {string.Join(", ", sources)}", 1 + sources.Count);
        return Results.Json(new { person = result.Person.ToString(), merged = sources.Select(s => s.ToString()), worksReindexed = result.WorksReindexed });
    }

    private static IResult Split(string id, SplitBody body, Workspace workspace, QueryViews views, AuditTrail audit, HttpContext context)
    {
        var read = new ParameterReader();
        var person = read.Person("id", id);
        var references = (body.Mentions ?? []).SelectMany(m => (m ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (references.Count == 0) read.Add("mentions: give the mentions that move, as persons show prints them (openalex:W2741809807#0)");
        if (references.Count > ApiLimits.MaxResults) read.Add($"mentions: {references.Count}, more than the limit of {ApiLimits.MaxResults} per request");
        var note = Note(body.Reason, context, read);
        if (read.Problems.Count > 0) return ApiProblems.BadRequest(read.Problems);
        if (PersonChecks.Unknown(workspace, person!.Value) is { } unknown) return ApiProblems.UnknownPerson(unknown);
        var moved = references.Select(workspace.ResolveMention).ToList();
        var result = workspace.SplitPerson(person.Value, moved, note!);
        views.Invalidate();
        audit.Record(context, AuditActions.Split, $"{person.Value} → {result.Person}: {string.Join(", ", references)}", 2);
        return Results.Json(new { person = person.Value.ToString(), newPerson = result.Person.ToString(), mentionsMoved = moved.Count, worksReindexed = result.WorksReindexed });
    }

    private static IResult Pin(string id, PinBody body, Workspace workspace, QueryViews views, AuditTrail audit, HttpContext context)
    {
        var read = new ParameterReader();
        var person = read.Person("id", id);
        if (string.IsNullOrWhiteSpace(body.Mention)) read.Add("mention: give the mention, as persons show prints it (openalex:W2741809807#0)");
        var note = Note(body.Reason, context, read);
        if (read.Problems.Count > 0) return ApiProblems.BadRequest(read.Problems);
        if (PersonChecks.Unknown(workspace, person!.Value) is { } unknown) return ApiProblems.UnknownPerson(unknown);
        var mention = workspace.ResolveMention(body.Mention!);
        workspace.PinMention(mention, person.Value, note!);
        views.Invalidate();
        audit.Record(context, AuditActions.Pin, $"{body.Mention!.Trim()} → {person.Value}", 1);
        return Results.Json(new { person = person.Value.ToString(), pinned = body.Mention.Trim() });
    }

    private static CurationNote? Note(string? reason, HttpContext context, ParameterReader read)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            read.Add("reason is missing: a curator decision needs a reason, kept in the curation log");
            return null;
        }

        return new CurationNote("api:" + ApiCaller.Of(context).Name, reason.Trim());
    }
}
