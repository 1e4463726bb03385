using System.Diagnostics.CodeAnalysis;

namespace ExpertGraph.Query.Access;

/// <summary>Role names as keys, the CLI and the audit log write them: scout, review-organizer, analyst, admin.</summary>
public static class ApiRoles
{
    public static IReadOnlyList<ApiRole> All { get; } = [ApiRole.Scout, ApiRole.ReviewOrganizer, ApiRole.Analyst, ApiRole.Admin];

    public static string Name(ApiRole role) => role switch
    {
        ApiRole.Scout => "scout",
        ApiRole.ReviewOrganizer => "review-organizer",
        ApiRole.Analyst => "analyst",
        ApiRole.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "no such role"),
    };

    public static bool TryParse(string? text, [NotNullWhen(true)] out ApiRole role)
    {
        foreach (var candidate in All)
        {
            if (!string.Equals(Name(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase)) continue;
            role = candidate;
            return true;
        }

        role = default;
        return false;
    }

    /// <summary>Whether a key of <paramref name="role"/> sees persons' e-mail addresses (docs/api.md, "E-mail addresses").</summary>
    public static bool SeesEmails(ApiRole role) => role >= ApiRole.ReviewOrganizer;

    public static string Names => string.Join(", ", All.Select(Name));
}
