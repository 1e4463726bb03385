using System.Text.Json;
using ExpertGraph.Core.Curation;
using ExpertGraph.Core.Model;
using ExpertGraph.Query.Reports;
using Microsoft.AspNetCore.Diagnostics;

namespace ExpertGraph.Api.Errors;

/// <summary>
/// Maps what escapes an endpoint to ProblemDetails, never with a stack trace: a bad request body to its status (400, or
/// 413 past the size limit, whose detail ApiHost fills in), an unknown person to 404, a PDF report without a CJK font on the server to 503 naming the package, a curator decision the store refuses to 400, a store failure to
/// 503 (transient: try again) or 500, any other <see cref="ExpertGraphException"/> (no index yet, a damaged data folder)
/// to 503 with its message, and anything else to 500 with none. Failures are logged for the operator.
/// </summary>
internal sealed partial class ExceptionProblems(ILogger<ExceptionProblems> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (StatusCodes.Status413PayloadTooLarge, "Content Too Large", null),
            BadHttpRequestException bad => (bad.StatusCode, "Invalid request", BadRequestDetail(bad)),
            UnknownPersonException unknown => (StatusCodes.Status404NotFound, "Unknown person", unknown.Message),
            MissingFontException => (StatusCodes.Status503ServiceUnavailable, "PDF font missing",
                "the server has no CJK font for PDF reports: its operator installs Debian's fonts-noto-cjk (apt-get install fonts-noto-cjk) or sets EXPERTGRAPH_CJK_FONT; format=html needs no font"),
            CurationException curation => (StatusCodes.Status400BadRequest, "Curation refused", curation.Message),
            StoreException { IsTransient: true } => (StatusCodes.Status503ServiceUnavailable, "Store busy", "the store is busy: try again shortly"),
            StoreException => (StatusCodes.Status500InternalServerError, "Store failure", "the store failed to answer; the server's log has the details"),
            ExpertGraphException other => (StatusCodes.Status503ServiceUnavailable, "Data folder unavailable", other.Message),
            _ => (StatusCodes.Status500InternalServerError, "Internal error", "the server failed to answer; its log has the details"),
        };
        if (status >= 500) LogFailure(logger, httpContext.Request.Path, exception);
        httpContext.Response.StatusCode = status;
        await Results.Problem(detail, statusCode: status, title: title).ExecuteAsync(httpContext).ConfigureAwait(false);
        return true;
    }

    /// <summary>The framework's message, and for malformed JSON where in the body it is.</summary>
    private static string BadRequestDetail(BadHttpRequestException bad) =>
        bad.InnerException is JsonException json ? $"the request body is not valid JSON for this endpoint: {json.Message}" : bad.Message;

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "request {Path} failed")]
    private static partial void LogFailure(ILogger logger, PathString path, Exception exception);
}
