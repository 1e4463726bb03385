using ExpertGraph.Api.Auditing;
using ExpertGraph.Api.Errors;
using ExpertGraph.Api.Hosting;
using ExpertGraph.Api.Json;
using ExpertGraph.Api.Requests;
using ExpertGraph.Api.Security;
using ExpertGraph.Query;
using ExpertGraph.Search.Growth;

namespace ExpertGraph.Api.Endpoints;

/// <summary>
/// GET /api/flows and GET /api/trends, analysts and admins: moves between countries and institutions (`expertgraph
/// flows`) and a field's rising persons with the held-out figures of the models behind them (`expertgraph trends`).
/// Both read the career history the server keeps per store generation; trends train once per horizon.
/// </summary>
internal static class GrowthEndpoints
{
    /// <summary>Periods of the flows table, in years.</summary>
    public const int MaxPeriod = 50;

    /// <summary>Years ahead trends predict.</summary>
    public const int MaxHorizon = 10;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/flows", Flows)
            .RequireAuthorization(ApiPolicies.Analyst)
            .WithName("flows")
            .WithSummary("Moves between countries and institutions over periods, from dated affiliations: country pairs, arrivals and departures, institution pairs");
        app.MapGet("/api/trends", Trends)
            .RequireAuthorization(ApiPolicies.Analyst)
            .WithName("trends")
            .WithSummary("Rising persons of a field (predicted growth against field peers, interval and drivers), field momentum and the models' held-out figures");
    }

    private static IResult Flows(string? field, string? period, string? country, string? institutions, Workspace workspace, QueryViews views,
        AuditTrail audit, HttpContext context)
    {
        var read = new ParameterReader();
        var years = read.Int("period", period, 5, 1, MaxPeriod);
        var pairs = read.Int("institutions", institutions, 20, 0, ApiLimits.MaxResults);
        var code = Country(country, read);
        var text = Field(field, required: false, read);
        if (read.Problems.Count > 0) return ApiProblems.BadRequest(read.Problems);
        var history = views.CareerHistory();
        var fields = text is null ? null : workspace.ResolveFields(text);
        if (fields is not null && !workspace.IsKnownField(fields, history)) return UnknownField(text!);
        var flows = Workspace.GetFlows(history, fields, years, pairs, code);
        audit.Record(context, AuditActions.Flows, Target(text, code, $"period {years}"), flows.Moves.Select(m => m.Person).Distinct().Count());
        return Results.Json(GrowthJson.Flows(flows, fields, code));
    }

    private static IResult Trends(string? field, string? country, string? horizon, string? limit, Workspace workspace, QueryViews views,
        AuditTrail audit, HttpContext context)
    {
        var read = new ParameterReader();
        var years = read.Int("horizon", horizon, 5, 1, MaxHorizon);
        var count = read.Int("limit", limit, 20, 1, ApiLimits.MaxResults);
        var code = Country(country, read);
        var text = Field(field, required: true, read);
        if (read.Problems.Count > 0) return ApiProblems.BadRequest(read.Problems);
        var (history, backtest) = views.Trends(years);
        var fields = workspace.ResolveFields(text!);
        if (!workspace.IsKnownField(fields, history)) return UnknownField(text!);
        var report = workspace.GetTrends(history, backtest, fields, code, count);
        audit.Record(context, AuditActions.Trends, Target(text, code, $"horizon {years}"), report.Rising.Count);
        return Results.Json(GrowthJson.Trends(report));
    }

    private static string? Field(string? text, bool required, ParameterReader read)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) read.Add("field is missing: give a lexicon concept id or a discipline's label (Economics, 经济学)");
            return null;
        }

        if (text.Length > ApiLimits.MaxQueryLength) read.Add($"field is longer than {ApiLimits.MaxQueryLength} characters");
        return text.Trim();
    }

    /// <summary>An ISO 3166 alpha-2 code (CN, us), upper-cased; null when not given.</summary>
    private static string? Country(string? text, ParameterReader read)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var code = text.Trim();
        if (code.Length == 2 && char.IsAsciiLetter(code[0]) && char.IsAsciiLetter(code[1])) return code.ToUpperInvariant();
        read.Add($"country '{text}' is not a two-letter country code (CN, US)");
        return null;
    }

    private static IResult UnknownField(string text) =>
        Results.Problem($"field \"{text}\" names no lexicon concept and no person's field", statusCode: StatusCodes.Status404NotFound, title: "Unknown field",
            extensions: new Dictionary<string, object?> { ["field"] = text });

    private static string Target(string? field, string? country, string rest) =>
        string.Join(", ", new[] { field ?? "every field", country, rest }.Where(part => part is not null));
}
