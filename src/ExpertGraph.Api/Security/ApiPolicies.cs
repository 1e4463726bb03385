using ExpertGraph.Query.Access;
using Microsoft.AspNetCore.Authorization;

namespace ExpertGraph.Api.Security;

/// <summary>
/// One authorization policy per role, named as the role: an endpoint requires the least role that may call it, and
/// every higher role passes too (<see cref="ApiRole"/>). Shortlists, exports and reports need <see cref="Analyst"/>;
/// ingest over HTTP and, to come, key management need <see cref="Admin"/>.
/// </summary>
public static class ApiPolicies
{
    public const string Scout = "scout";
    public const string ReviewOrganizer = "review-organizer";
    public const string Analyst = "analyst";
    public const string Admin = "admin";

    internal static void Add(AuthorizationOptions options)
    {
        foreach (var role in ApiRoles.All)
        {
            options.AddPolicy(ApiRoles.Name(role), policy => policy
                .AddAuthenticationSchemes(ApiKeyAuthentication.Scheme)
                .RequireAuthenticatedUser()
                .RequireAssertion(context => ApiCaller.From(context.User) is { } caller && caller.Role >= role));
        }

        // An endpoint that names no policy still needs a valid key; /health and /openapi opt out explicitly.
        options.FallbackPolicy = new AuthorizationPolicyBuilder(ApiKeyAuthentication.Scheme).RequireAuthenticatedUser().Build();
    }
}
