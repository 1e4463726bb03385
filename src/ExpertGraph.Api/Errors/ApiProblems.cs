using ExpertGraph.Core.Model;

namespace ExpertGraph.Api.Errors;

/// <summary>The API's errors, all ProblemDetails (RFC 9457) whose detail says what was wrong and what to do instead.</summary>
public static class ApiProblems
{
    /// <summary>400 listing every problem of the request at once (also as the "problems" array).</summary>
    public static IResult BadRequest(IReadOnlyList<string> problems) =>
        Results.Problem(string.Join("; ", problems), statusCode: StatusCodes.Status400BadRequest, title: "Invalid request",
            extensions: new Dictionary<string, object?> { ["problems"] = problems });

    public static IResult BadRequest(string problem) => BadRequest([problem]);

    /// <summary>404 naming the person, and for an id merged away the person it now is (also as "mergedInto").</summary>
    public static IResult UnknownPerson(UnknownPersonException unknown) =>
        Results.Problem(unknown.Message, statusCode: StatusCodes.Status404NotFound, title: "Unknown person",
            extensions: new Dictionary<string, object?>
            {
                ["personId"] = unknown.Person?.ToString(),
                ["mergedInto"] = unknown.MergedInto?.ToString(),
            });

    /// <summary>404 for a shortlist no list is named.</summary>
    public static IResult UnknownShortlist(string name) =>
        Results.Problem($"no shortlist is named '{name}'", statusCode: StatusCodes.Status404NotFound, title: "Unknown shortlist",
            extensions: new Dictionary<string, object?> { ["shortlist"] = name });

    internal static Task Write(HttpContext context, int status, string title, string detail) =>
        Results.Problem(detail, statusCode: status, title: title).ExecuteAsync(context);
}
