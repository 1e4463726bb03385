using ExpertGraph.Api.Auditing;
using ExpertGraph.Api.Errors;
using ExpertGraph.Api.Hosting;
using ExpertGraph.Api.Json;
using ExpertGraph.Api.Requests;
using ExpertGraph.Api.Security;
using ExpertGraph.Graph.Conflicts;
using ExpertGraph.Query;
using ExpertGraph.Query.Conflicts;

namespace ExpertGraph.Api.Endpoints;

/// <summary>POST /api/conflicts and POST /api/reviewers: the review organizer's two questions, answered as `conflicts` and `reviewers` answer them.</summary>
internal static class ConflictEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/conflicts", Check)
            .RequireAuthorization(ApiPolicies.ReviewOrganizer)
            .WithName("conflicts")
            .WithSummary("Conflict check of every applicant against every reviewer: conflict, clear or unknown, with rule, window and evidence");
        app.MapPost("/api/reviewers", Recommend)
            .RequireAuthorization(ApiPolicies.ReviewOrganizer)
            .WithName("reviewers")
            .WithSummary("Reviewers for a topic: expert search minus applicants and every conflicted or unknown candidate, with diversity limits");
    }

    private static IResult Check(ConflictCheckBody body, Workspace workspace, QueryViews views, TimeProvider time, AuditTrail audit, WaiverUses waivers, HttpContext context)
    {
        var read = new ParameterReader();
        var applicants = read.Persons("applicants", body.Applicants, ApiLimits.MaxApplicants);
        var reviewers = read.Persons("reviewers", body.Reviewers, ApiLimits.MaxReviewers);
        var policy = ConflictBodies.Policy(body.Policy, read);
        var date = ConflictBodies.Date(body.Date, time, read);
        var curated = CuratorInputs.Read(body.Relations, body.Aliases, body.Waivers, workspace, read);
        if (read.Problems.Count > 0) return ApiProblems.BadRequest(read.Problems);

        var request = new ConflictRequest(applicants, reviewers, policy!, date)
        {
            DeclaredRelations = curated.Relations,
            Aliases = curated.Aliases,
            Waivers = curated.Waivers,
        };
        var report = new ConflictChecker(Evidence(workspace, views)).Check(request);
        var names = workspace.Store.GetPersons([.. applicants.Union(reviewers)]).ToDictionary(p => p.Id, p => p.DisplayName);
        audit.Record(context, AuditActions.Conflicts, $"applicants {string.Join(",", applicants)}; reviewers {string.Join(",", reviewers)}", names.Count);
        waivers.Record(context, AuditActions.Conflicts, report.WaivedFlags);
        return Results.Json(ConflictReportJson.Create(report, names));
    }

    private static IResult Recommend(ReviewerBody body, Workspace workspace, QueryViews views, TimeProvider time, AuditTrail audit, WaiverUses waivers, HttpContext context)
    {
        var read = new ParameterReader();
        if (string.IsNullOrWhiteSpace(body.Topic)) read.Add("topic is missing: give the application's topic, or its title and abstract with isDocument true");
        else if (body.Topic.Length > ApiLimits.MaxTopicLength) read.Add($"topic is longer than {ApiLimits.MaxTopicLength} characters");
        var applicants = read.Persons("applicants", body.Applicants, ApiLimits.MaxApplicants);
        var policy = ConflictBodies.Policy(body.Policy, read);
        var date = ConflictBodies.Date(body.Date, time, read);
        if (body.K is > ApiLimits.MaxResults) read.Add($"k {body.K} is above the maximum of {ApiLimits.MaxResults}");
        var curated = CuratorInputs.Read(body.Relations, body.Aliases, body.Waivers, workspace, read);
        if (read.Problems.Count > 0) return ApiProblems.BadRequest(read.Problems);

        var request = new ReviewerRequest(body.Topic!, applicants, policy!, date)
        {
            TopicIsDocument = body.IsDocument,
            K = body.K ?? 10,
            CandidatePool = body.Candidates ?? 200,
            MaxPerInstitution = body.MaxPerInstitution,
            MaxPerCountry = body.MaxPerCountry,
            DeclaredRelations = curated.Relations,
            Aliases = curated.Aliases,
            Waivers = curated.Waivers,
        };
        if (request.Validate() is { Count: > 0 } problems) return ApiProblems.BadRequest(problems);
        var result = views.Search(searcher => new ReviewerRecommender(searcher, Evidence(workspace, views)).Recommend(request));
        audit.Record(context, AuditActions.Reviewers, body.Topic!, result.Recommended.Count);
        // As the CLI's reviewers command: the waivers that let a recommended reviewer through.
        waivers.Record(context, AuditActions.Reviewers, result.Recommended.SelectMany(r => r.Flags).Where(f => f.WaivedBy is not null));
        return Results.Json(ReviewerResultJson.Create(result));
    }

    private static StoreConflictEvidence Evidence(Workspace workspace, QueryViews views) => new(workspace.Store, () => views.Network().Graph);
}
