using ExpertGraph.Api.Security;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ExpertGraph.Api.Hosting;

/// <summary>Says in the OpenAPI document how to authenticate: an API key in the X-Api-Key header, for every operation but /health.</summary>
internal static class OpenApiKeyScheme
{
    public static void Add(OpenApiOptions options) => options.AddDocumentTransformer((document, _, _) =>
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKeyAuthentication.Scheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyAuthentication.Header,
            Description = "An API key (expertgraph keys create); its role decides which operations answer (docs/api.md)",
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyAuthentication.Scheme, document)] = [] }];
        return Task.CompletedTask;
    });
}
