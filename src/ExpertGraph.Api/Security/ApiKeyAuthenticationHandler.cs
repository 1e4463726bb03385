using System.Security.Claims;
using System.Text.Encodings.Web;
using ExpertGraph.Api.Errors;
using ExpertGraph.Query;
using ExpertGraph.Query.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace ExpertGraph.Api.Security;

/// <summary>
/// Authenticates a request by its API key: the SHA-256 of the presented key must be a stored, unrevoked key. A missing
/// or unknown key is 401, a key whose role lacks the endpoint's right 403; both as ProblemDetails that say what to do.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, Workspace workspace)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string UnknownKey = "the API key is unknown or revoked";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (ApiKeyAuthentication.PresentedKey(Request) is not { } key) return Task.FromResult(AuthenticateResult.NoResult());
        if (workspace.AuthenticateApiKey(key) is not { } stored || !ApiRoles.TryParse(stored.Role, out var role))
            return Task.FromResult(AuthenticateResult.Fail(UnknownKey));
        var caller = new ApiCaller(stored.Id, stored.Name, role);
        var principal = new ClaimsPrincipal(new ClaimsIdentity(caller.Claims(), ApiKeyAuthentication.Scheme));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, ApiKeyAuthentication.Scheme)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var presented = ApiKeyAuthentication.PresentedKey(Request) is not null;
        Response.Headers.WWWAuthenticate = ApiKeyAuthentication.Scheme;
        return ApiProblems.Write(Context, StatusCodes.Status401Unauthorized, "API key required",
            presented ? UnknownKey : $"send an API key in the {ApiKeyAuthentication.Header} header (or Authorization: {ApiKeyAuthentication.Scheme} <key>)");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var caller = ApiCaller.From(Context.User);
        var needed = Context.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).LastOrDefault(p => p is not null);
        var role = caller is null ? "this key" : $"the role {ApiRoles.Name(caller.Role)}";
        return ApiProblems.Write(Context, StatusCodes.Status403Forbidden, "Forbidden",
            needed is null ? $"{role} may not call this endpoint" : $"{role} may not call this endpoint: it needs {needed} or a higher role");
    }
}
