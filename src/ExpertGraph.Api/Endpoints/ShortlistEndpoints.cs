using ExpertGraph.Api.Auditing;
using ExpertGraph.Api.Downloads;
using ExpertGraph.Api.Errors;
using ExpertGraph.Api.Json;
using ExpertGraph.Api.Requests;
using ExpertGraph.Api.Security;
using ExpertGraph.Core.Model;
using ExpertGraph.Query;
using ExpertGraph.Query.Exports;
using ExpertGraph.Query.Shortlists;
using Microsoft.AspNetCore.Http.Extensions;

namespace ExpertGraph.Api.Endpoints;

/// <summary>
/// Shortlists (`expertgraph shortlist …`), analysts and admins: list, show, create, add, remove, delete, and export as
/// CSV or XLSX. A list's name is a path segment, URL-encoded (Chinese names work; a '/' in a name is sent as %2F).
/// Every change, every show and every export is audited with the persons it touched.
/// </summary>
internal static class ShortlistEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Map(IEndpointRouteBuilder app)
    {
        var lists = app.MapGroup("/api/shortlists").RequireAuthorization(ApiPolicies.Analyst);
        lists.MapGet("", List).WithName("shortlists").WithSummary("Every shortlist with its note, creation time and size");
        lists.MapPost("", Create).WithName("shortlist-create").WithSummary("Create an empty shortlist: body {name, note}");
        lists.MapGet("/{name}", Show).WithName("shortlist").WithSummary("A shortlist's persons in order, with institution and the analyst's note");
        lists.MapDelete("/{name}", Delete).WithName("shortlist-delete").WithSummary("Delete a shortlist");
        lists.MapPost("/{name}/entries", Add).WithName("shortlist-add").WithSummary("Append persons to a shortlist: body {persons: [\"P12\"], note}");
        lists.MapDelete("/{name}/entries/{person}", Remove).WithName("shortlist-remove").WithSummary("Take a person off a shortlist");
        lists.MapGet("/{name}/export", Export).WithName("shortlist-export")
            .WithSummary("The shortlist with each person's facts as a CSV (UTF-8 with BOM) or XLSX download (docs/exports.md)");
    }

    private static IResult List(Workspace workspace) =>
        Results.Json(new { shortlists = workspace.GetShortlists().Select(ShortlistJson.Summary) });

    private static IResult Show(string name, Workspace workspace, AuditTrail audit, HttpContext context)
    {
        var read = new ParameterReader();
        var listName = Name(name, read);
        if (read.Problems.Count > 0) return ApiProblems.BadRequest(read.Problems);
        if (workspace.GetShortlist(listName!) is not { } list) return ApiProblems.UnknownShortlist(listName!);
        audit.Record(context, AuditActions.ShortlistShow, list.Name, list.Entries.Count);
        return Results.Json(Json(workspace, list));
    }

    private static IResult Create(ShortlistBody body, Workspace workspace, TimeProvider time, AuditTrail audit, HttpContext context)
    {
        var read = new ParameterReader();
        var listName = Name(body.Name, read);
        var note = Note(body.Note, read);
        if (read.Problems.Count > 0) return ApiProblems.BadRequest(read.Problems);
        if (!workspace.CreateShortlist(listName!, note, time))
            return Results.Problem($"a shortlist named '{listName}' exists already", statusCode: StatusCodes.Status409Conflict, title: "Shortlist exists");
        audit.Record(context, AuditActions.ShortlistCreate, listName!, 0);
        var list = workspace.GetShortlist(listName!)!;
        context.Response.Headers.Location = "/api/shortlists/" + Uri.EscapeDataString(list.Name);
        return Results.Json(Json(workspace, list), statusCode: StatusCodes.Status201Created);
    }

    private static IResult Add(string name, ShortlistEntriesBody body, Workspace workspace, TimeProvider time, AuditTrail audit, HttpContext context)
    {
        var read = new ParameterReader();
        var listName = Name(name, read);
        var persons = read.Persons("persons", body.Persons, ApiLimits.MaxShortlistPersons);
        var note = Note(body.Note, read);
        if (read.Problems.Count > 0) return ApiProblems.BadRequest(read.Problems);
        if (workspace.GetShortlist(listName!) is null) return ApiProblems.UnknownShortlist(listName!);
        if (PersonChecks.Describe(workspace, persons) is { } unknown)
            return Results.Problem(unknown + " (nothing was added)", statusCode: StatusCodes.Status404NotFound, title: "Unknown person");
        var added = workspace.AddToShortlist(listName!, persons, note, time);
        audit.Record(context, AuditActions.ShortlistAdd, $"{listName}: {string.Join(", ", persons)}", persons.Count);
        return Results.Json(new { added, shortlist = Json(workspace, workspace.GetShortlist(listName!)!) });
    }

    private static IResult Remove(string name, string person, Workspace workspace, AuditTrail audit, HttpContext context)
    {
        var read = new ParameterReader();
        var listName = Name(name, read);
        var id = read.Person("person", person);
        if (read.Problems.Count > 0) return ApiProblems.BadRequest(read.Problems);
        if (workspace.GetShortlist(listName!) is null) return ApiProblems.UnknownShortlist(listName!);
        var removed = workspace.RemoveFromShortlist(listName!, [id!.Value]);
        if (removed == 0)
            return Results.Problem($"{id} is not on the shortlist '{listName}'", statusCode: StatusCodes.Status404NotFound, title: "Not on the shortlist");
        audit.Record(context, AuditActions.ShortlistRemove, $"{listName}: {id}", removed);
        return Results.Json(new { removed, shortlist = Json(workspace, workspace.GetShortlist(listName!)!) });
    }

    private static IResult Delete(string name, Workspace workspace, AuditTrail audit, HttpContext context)
    {
        var read = new ParameterReader();
        var listName = Name(name, read);
        if (read.Problems.Count > 0) return ApiProblems.BadRequest(read.Problems);
        if (workspace.GetShortlist(listName!) is not { } list || !workspace.DeleteShortlist(list.Name)) return ApiProblems.UnknownShortlist(listName!);
        audit.Record(context, AuditActions.ShortlistDelete, list.Name, list.Entries.Count);
        return Results.NoContent();
    }

    /// <summary>
    /// The export is bounded by the list: its table is built first (an unknown list or person is still a ProblemDetails),
    /// then written into the response. Profile links lead back to this server unless <see cref="ApiOptions.ProfileBaseUrl"/> says where.
    /// </summary>
    private static IResult Export(string name, string? format, Workspace workspace, ApiOptions options, TimeProvider time, HttpContext context)
    {
        var read = new ParameterReader();
        var listName = Name(name, read);
        var tableFormat = read.Enum<TableFormat>("format", format) ?? TableFormat.Csv;
        if (read.Problems.Count > 0) return ApiProblems.BadRequest(read.Problems);
        var exportOptions = new ShortlistExportOptions { ProfileBaseUrl = options.ProfileBaseUrl ?? OwnApiBase(context.Request), Time = time };
        if (exportOptions.Validate() is { Count: > 0 } problems)
            return ApiProblems.BadRequest([.. problems.Select(p => p + " (made from the request's Host header: send a valid one)")]);
        if (workspace.GetShortlist(listName!) is null) return ApiProblems.UnknownShortlist(listName!);
        var table = workspace.GetShortlistTable(listName!, exportOptions);
        var xlsx = tableFormat == TableFormat.Xlsx;
        var fileName = DownloadNames.Safe(listName!, xlsx ? ".xlsx" : ".csv", "shortlist");
        return new FileDownload(xlsx ? Xlsx : "text/csv; charset=utf-8", fileName, (stream, _) =>
        {
            if (xlsx) XlsxTableWriter.Write(table, stream, listName!);
            else CsvTableWriter.Write(table, stream);
            return table.Rows.Count;
        }, AuditActions.ExportShortlist, $"{listName} ({(xlsx ? "xlsx" : "csv")})", table.Rows.Count);
    }

    /// <summary>This server's /api as the request reached it: links base + /persons/P12 answer GET /api/persons/{id}.</summary>
    private static string OwnApiBase(HttpRequest request) => UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, "/api");

    private static object Json(Workspace workspace, Core.Storage.Shortlist list) =>
        ShortlistJson.Create(list, workspace.Store.GetPersons([.. list.Entries.Select(e => e.Person)]).ToDictionary(p => p.Id));

    /// <summary>A list's name from the path or a body: trimmed, 1–200 characters; %2F in a path segment is a '/' of the name.</summary>
    private static string? Name(string? given, ParameterReader read)
    {
        var name = given?.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase).Trim();
        if (string.IsNullOrEmpty(name)) read.Add("name is missing: give the shortlist's name");
        else if (name.Length > ApiLimits.MaxShortlistName) read.Add($"name is longer than {ApiLimits.MaxShortlistName} characters");
        return name;
    }

    private static string? Note(string? note, ParameterReader read)
    {
        if (note is { Length: > ApiLimits.MaxNoteLength }) read.Add($"note is longer than {ApiLimits.MaxNoteLength} characters");
        return note;
    }
}
