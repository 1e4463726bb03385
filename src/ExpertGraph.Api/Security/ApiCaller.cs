using System.Globalization;
using System.Security.Claims;
using ExpertGraph.Query.Access;

namespace ExpertGraph.Api.Security;

/// <summary>Who is calling: the key's id, name and role, as the authentication handler put them into the request's user.</summary>
public sealed record ApiCaller(long KeyId, string Name, ApiRole Role)
{
    public bool SeesEmails => ApiRoles.SeesEmails(Role);

    internal IEnumerable<Claim> Claims() =>
    [
        new(ClaimTypes.NameIdentifier, KeyId.ToString(CultureInfo.InvariantCulture)),
        new(ClaimTypes.Name, Name),
        new(ClaimTypes.Role, ApiRoles.Name(Role)),
    ];

    public static ApiCaller? From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true) return null;
        return long.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && ApiRoles.TryParse(user.FindFirstValue(ClaimTypes.Role), out var role)
            ? new ApiCaller(id, user.FindFirstValue(ClaimTypes.Name) ?? "", role)
            : null;
    }

    /// <summary>The caller of a request that passed authorization (every endpoint but /health and /openapi).</summary>
    public static ApiCaller Of(HttpContext context) =>
        From(context.User) ?? throw new InvalidOperationException("an endpoint that requires a key ran without an authenticated caller");
}
