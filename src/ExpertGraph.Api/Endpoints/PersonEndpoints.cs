using ExpertGraph.Api.Auditing;
using ExpertGraph.Api.Errors;
using ExpertGraph.Api.Hosting;
using ExpertGraph.Api.Json;
using ExpertGraph.Api.Requests;
using ExpertGraph.Api.Security;
using ExpertGraph.Core.Model;
using ExpertGraph.Query;
using ExpertGraph.Query.Peers;
using ExpertGraph.Query.Profiles;

namespace ExpertGraph.Api.Endpoints;

/// <summary>Persons: look-up by name, the profile (`show`), and same-field peers (`peers`).</summary>
internal static class PersonEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var persons = app.MapGroup("/api/persons").RequireAuthorization(ApiPolicies.Scout);
        persons.MapGet("", Lookup).WithName("persons").WithSummary("Persons by any name they were written as, optionally with an institution");
        persons.MapGet("/{id}", Profile).WithName("person").WithSummary("A person's profile: names, affiliations, fields, works, co-authors, statistics, profile pages");
        persons.MapGet("/{id}/peers", Peers).WithName("peers").WithSummary("Same-field peers of similar standing, with graph distance and shared concepts");
    }

    private static IResult Lookup(string? name, string? limit, Workspace workspace, AuditTrail audit, HttpContext context)
    {
        var read = new ParameterReader();
        if (string.IsNullOrWhiteSpace(name)) read.Add("name is missing: give a name, optionally with an institution (name=王威 南开大学)");
        else if (name.Length > ApiLimits.MaxQueryLength) read.Add($"name is longer than {ApiLimits.MaxQueryLength} characters");
        var count = read.Int("limit", limit, 20, 1, ApiLimits.MaxResults);
        if (read.Problems.Count > 0) return ApiProblems.BadRequest(read.Problems);
        var found = workspace.FindPersons(name!, count);
        audit.Record(context, AuditActions.PersonLookup, name!, found.Count);
        return Results.Json(new
        {
            query = name,
            persons = found.Select(m => new
            {
                personId = m.Person.Id.ToString(), name = m.Person.DisplayName, institution = m.Person.Institution, country = m.Person.CountryCode,
                works = m.Person.WorkCount, firstYear = m.Person.FirstYear, lastYear = m.Person.LastYear, fields = m.Fields,
            }),
        });
    }

    private static IResult Profile(string id, string? coauthors, string? works, Workspace workspace, AuditTrail audit, HttpContext context)
    {
        var read = new ParameterReader();
        var person = read.Person("id", id);
        var options = new ProfileOptions
        {
            Coauthors = read.Int("coauthors", coauthors, 10, 0, ApiLimits.MaxResults),
            Works = read.Int("works", works, 10, 0, ApiLimits.MaxResults),
        };
        if (read.Problems.Count == 0) read.AddRange(options.Validate());
        if (read.Problems.Count > 0) return ApiProblems.BadRequest(read.Problems);
        ExpertProfile profile;
        try
        {
            profile = workspace.GetExpertProfile(person!.Value, options);
        }
        catch (UnknownPersonException unknown)
        {
            return ApiProblems.UnknownPerson(unknown);
        }

        audit.Record(context, AuditActions.Profile, profile.Id.ToString(), 1);
        return Results.Json(ExpertProfileJson.Create(profile, ApiCaller.Of(context).SeesEmails));
    }

    private static IResult Peers(string id, string? k, string? country, string? excludeCoauthors, string? anyLevel,
        Workspace workspace, QueryViews views, AuditTrail audit, HttpContext context)
    {
        var read = new ParameterReader();
        var person = read.Person("id", id);
        var count = read.Int("k", k, 20, 1, ApiLimits.MaxResults);
        var exclude = read.Bool("excludeCoauthors", excludeCoauthors, false);
        var any = read.Bool("anyLevel", anyLevel, false);
        if (read.Problems.Count > 0) return ApiProblems.BadRequest(read.Problems);
        var query = new PeerQuery(person!.Value)
        {
            K = count, CountryCode = string.IsNullOrWhiteSpace(country) ? null : country.Trim().ToUpperInvariant(), ExcludeCoauthors = exclude, MatchLevel = !any,
        };
        if (query.Validate() is { Count: > 0 } problems) return ApiProblems.BadRequest(problems);
        if (PersonChecks.Unknown(workspace, person.Value) is { } unknown) return ApiProblems.UnknownPerson(unknown);
        PeerResult result;
        try
        {
            result = views.Peers().Find(query);
        }
        catch (ExpertGraphException ex) when (ex is not StoreException)
        {
            // A person with no placeable work has no field to find peers in: a fact about the person, not a failure.
            return Results.Problem(ex.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "No peers can be found");
        }

        audit.Record(context, AuditActions.Peers, person.Value.ToString(), result.Peers.Count);
        return Results.Json(PeerResultJson.Create(result));
    }
}
