using ExpertGraph.Api.Auditing;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace ExpertGraph.Api.Downloads;

/// <summary>
/// A file written straight into the response as its writer produces it (never held whole), with its Content-Type and a
/// Content-Disposition naming it (<see cref="DownloadNames"/>), and its audit row. The writers are synchronous (XmlWriter,
/// ZipArchive, the Open XML SDK), so this response allows synchronous writes to the body; Kestrel sends as it fills its
/// buffers. A failure before the first byte leaves the response unstarted, so the client gets ProblemDetails (a missing
/// font, an unknown person); one after it (the client went away) aborts the connection, so no truncated file looks complete.
/// </summary>
/// <param name="write">Writes the file; returns how many persons it carried.</param>
/// <param name="knownPersons">The persons count when it is known before writing (a shortlist, a report), for the audit row of an interrupted download.</param>
internal sealed partial class FileDownload(
    string contentType, string fileName, Func<Stream, CancellationToken, int> write, string action, string target, int? knownPersons = null) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var audit = httpContext.RequestServices.GetRequiredService<AuditTrail>();
        if (httpContext.Features.Get<IHttpBodyControlFeature>() is { } body) body.AllowSynchronousIO = true;
        var response = httpContext.Response;
        response.ContentType = contentType;
        response.Headers[HeaderNames.ContentDisposition] = DownloadNames.ContentDisposition(fileName);
        response.Headers[HeaderNames.CacheControl] = "no-store";
        response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        int persons;
        try
        {
            persons = write(response.Body, httpContext.RequestAborted);
        }
        catch (Exception ex) when (response.HasStarted)
        {
            // Part of the file went out: that is an export too.
            LogInterrupted(httpContext.RequestServices.GetRequiredService<ILogger<FileDownload>>(), httpContext.Request.Path, ex);
            audit.Record(httpContext, action, target + " (interrupted)", knownPersons ?? 0);
            httpContext.Abort();
            return;
        }

        audit.Record(httpContext, action, target, persons);
        await response.Body.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "download {Path} was interrupted after its first bytes; the connection was aborted")]
    private static partial void LogInterrupted(ILogger logger, PathString path, Exception exception);
}
