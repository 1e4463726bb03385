using ExpertGraph.Api.Auditing;
using ExpertGraph.Api.Downloads;
using ExpertGraph.Api.Errors;
using ExpertGraph.Api.Requests;
using ExpertGraph.Api.Security;
using ExpertGraph.Query;
using ExpertGraph.Query.Profiles;
using ExpertGraph.Query.Reports;

namespace ExpertGraph.Api.Endpoints;

/// <summary>
/// Analysts' downloads beyond shortlists: a person's one-person report (`expertgraph report`) as HTML or PDF, and the
/// whole graph for Neo4j (a zip of the import CSVs) or Gephi (GraphML), streamed from the store as they are written.
/// Each download is audited with the persons it carried.
/// </summary>
internal static class ExportEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/persons/{id}/report", Report)
            .RequireAuthorization(ApiPolicies.Analyst)
            .WithName("report")
            .WithSummary("A person's one-person report (一人一册), the nine dimensions of the portrait, as HTML or PDF (docs/exports.md)");
        var exports = app.MapGroup("/api/exports").RequireAuthorization(ApiPolicies.Analyst);
        exports.MapGet("/neo4j", Neo4j).WithName("export-neo4j")
            .WithSummary("The graph as neo4j-admin import CSVs with README.txt and import.cypher, in one zip");
        exports.MapGet("/graphml", GraphMl).WithName("export-graphml")
            .WithSummary("The co-authorship network as GraphML for Gephi: persons with attributes, co-authors weighted by shared works");
    }

    private static IResult Report(string id, string? format, string? works, string? coauthors, Workspace workspace, TimeProvider time)
    {
        var read = new ParameterReader();
        var person = read.Person("id", id);
        var reportFormat = read.Enum<ReportFormat>("format", format) ?? ReportFormat.Html;
        var options = new ProfileOptions
        {
            Works = read.Int("works", works, 10, 0, ApiLimits.MaxResults),
            Coauthors = read.Int("coauthors", coauthors, 10, 0, ApiLimits.MaxResults),
            Time = time,
        };
        if (read.Problems.Count == 0) read.AddRange(options.Validate());
        if (read.Problems.Count > 0) return ApiProblems.BadRequest(read.Problems);
        if (PersonChecks.Unknown(workspace, person!.Value) is { } unknown) return ApiProblems.UnknownPerson(unknown);
        // The report is assembled before the response starts, so an unknown person or a missing font is still a ProblemDetails.
        var report = workspace.GetPersonReport(person.Value, options);
        var pdf = reportFormat == ReportFormat.Pdf;
        var fileName = DownloadNames.Safe($"{report.PersonId} {report.Name}", pdf ? ".pdf" : ".html", report.PersonId);
        return new FileDownload(pdf ? "application/pdf" : "text/html; charset=utf-8", fileName, (stream, _) =>
        {
            if (pdf)
            {
                // PDFsharp seeks back in its output to write the cross-reference table, and holds the document in memory
                // anyway: it is written to memory (one face of Noto CJK makes a report about 14 MB), then sent.
                using var buffer = new MemoryStream();
                PdfReportWriter.Write(report, buffer);
                buffer.Position = 0;
                buffer.CopyTo(stream);
            }
            else
            {
                HtmlReportWriter.Write(report, stream);
            }
            return 1;
        }, AuditActions.ExportReport, $"{report.PersonId} ({(pdf ? "pdf" : "html")})", 1);
    }

    private static IResult Neo4j(Workspace workspace, TimeProvider time) =>
        new FileDownload("application/zip", "expertgraph-neo4j.zip", (stream, cancellationToken) =>
        {
            var export = workspace.ExportNeo4jZip(stream, cancellationToken, time);
            return (int)export.Files.Single(f => string.Equals(f.Name, "persons.csv", StringComparison.Ordinal)).Rows;
        }, AuditActions.ExportNeo4j, "neo4j zip");

    private static IResult GraphMl(Workspace workspace, TimeProvider time) =>
        new FileDownload("application/graphml+xml", "expertgraph-coauthors.graphml", (stream, cancellationToken) =>
            (int)workspace.ExportGraphMl(stream, cancellationToken, time).Nodes, AuditActions.ExportGraphMl, "graphml");
}
