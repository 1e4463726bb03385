using System.Globalization;
using System.Text.Json;
using ExpertGraph.Core.Model;
using ExpertGraph.Graph.Conflicts;

namespace ExpertGraph.Api.Requests;

/// <summary>
/// POST /api/conflicts: applicants × reviewers under a policy (nsf, nih, or the policy itself as JSON) at a reference
/// date (default today, UTC), with the curator's declared relations, institution aliases and waivers.
/// </summary>
public sealed record ConflictCheckBody(string[]? Applicants, string[]? Reviewers, JsonElement? Policy = null, string? Date = null,
    DeclaredRelationBody[]? Relations = null, InstitutionAliasBody[]? Aliases = null, WaiverBody[]? Waivers = null);

/// <summary>POST /api/reviewers: reviewers for a topic (or an application's title and abstract) minus conflicts with the applicants.</summary>
public sealed record ReviewerBody(string? Topic, string[]? Applicants, JsonElement? Policy = null, string? Date = null, int? K = null,
    int? Candidates = null, int? MaxPerInstitution = null, int? MaxPerCountry = null, bool IsDocument = false,
    DeclaredRelationBody[]? Relations = null, InstitutionAliasBody[]? Aliases = null, WaiverBody[]? Waivers = null);

/// <summary>What conflicts and reviewers share: reading the policy and the reference date, every problem collected.</summary>
internal static class ConflictBodies
{
    /// <summary>
    /// A built-in policy by name, or a policy given as a JSON object (as docs/conflicts.md describes the file). A name is
    /// never read as a file: the server's files are not the caller's to name.
    /// </summary>
    public static ConflictPolicy? Policy(JsonElement? given, ParameterReader read)
    {
        if (given is not { } element || element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined) return ConflictPolicy.Nsf;
        if (element.ValueKind == JsonValueKind.String)
        {
            switch (element.GetString()?.Trim().ToLowerInvariant())
            {
                case "nsf" or "": return ConflictPolicy.Nsf;
                case "nih": return ConflictPolicy.Nih;
                default:
                    read.Add($"policy '{element.GetString()}' is none of nsf, nih: give one of them, or the policy itself as a JSON object {{name, rules, consortiumAuthorLimit}}");
                    return null;
            }
        }

        try
        {
            return ConflictPolicyReader.Parse(element, "policy");
        }
        catch (ExpertGraphException ex)
        {
            read.Add(ex.Message);
            return null;
        }
    }

    public static DateOnly Date(string? text, TimeProvider time, ParameterReader read)
    {
        if (string.IsNullOrWhiteSpace(text)) return DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        read.Add($"date '{text}' is not a date YYYY-MM-DD");
        return default;
    }
}
