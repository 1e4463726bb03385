using ExpertGraph.Api.Auditing;
using ExpertGraph.Api.Endpoints;
using ExpertGraph.Api.Errors;
using ExpertGraph.Api.Hosting;
using ExpertGraph.Api.Ingest;
using ExpertGraph.Api.Json;
using ExpertGraph.Api.Security;
using ExpertGraph.Api.Web;
using ExpertGraph.Core.Model;
using ExpertGraph.Query;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Json;

namespace ExpertGraph.Api;

/// <summary>
/// The HTTP API over a workspace: builds the web application (keys and roles, audit, rate limits, body size limit,
/// ProblemDetails errors, OpenAPI at /openapi/v1.json), serves the web page at / (docs/web.md) and maps the endpoints
/// (docs/api.md). Hosts call
/// <see cref="Build"/> and run the result; the workspace stays theirs to dispose.
/// </summary>
public static class ApiHost
{
    public static WebApplication Build(Workspace workspace, ApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Validate() is { Count: > 0 } problems) throw new ExpertGraphException("API options: " + string.Join("; ", problems));

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(ApiHost).Assembly.GetName().Name });
        builder.WebHost.UseUrls(options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes);
        builder.Logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);

        var services = builder.Services;
        services.AddSingleton(workspace);
        services.AddSingleton(options);
        services.AddSingleton(options.Time);
        services.AddSingleton<QueryViews>();
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<WaiverUses>();
        services.AddSingleton<IngestJobs>();
        services.Configure<JsonOptions>(json => ApiJson.Configure(json.SerializerOptions));
        services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
        services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
        {
            // Kestrel refuses an oversized body before any endpoint runs: say which limit it was.
            if (context.ProblemDetails.Status == StatusCodes.Status413PayloadTooLarge)
                context.ProblemDetails.Detail ??= $"the request body is larger than the limit of {options.MaxRequestBodyBytes} bytes";
        });
        services.AddExceptionHandler<ExceptionProblems>();
        // The core of authentication only: keys need no cookies, so no data protection keys are made or stored.
        services.AddWebEncoders();
        services.AddAuthenticationCore(authentication => authentication.DefaultScheme = ApiKeyAuthentication.Scheme);
        new AuthenticationBuilder(services)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthentication.Scheme, configureOptions: null);
        services.AddAuthorization(ApiPolicies.Add);
        services.AddRateLimiter(limiter => KeyRateLimits.Configure(limiter, options));
        services.AddOpenApi(OpenApiKeyScheme.Add);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // The page is served before authentication: it holds no data, and it is where the key is asked for.
        WebPage.Use(app);
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();

        HealthEndpoints.Map(app);
        app.MapOpenApi().AllowAnonymous().DisableRateLimiting();
        SearchEndpoints.Map(app);
        PersonEndpoints.Map(app);
        PathEndpoints.Map(app);
        LexiconEndpoints.Map(app);
        ConflictEndpoints.Map(app);
        AuditEndpoints.Map(app);
        CurationEndpoints.Map(app);
        ShortlistEndpoints.Map(app);
        ExportEndpoints.Map(app);
        IngestEndpoints.Map(app);
        GrowthEndpoints.Map(app);
        return app;
    }
}
