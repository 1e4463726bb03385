using System.Text.Json;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Graph.Conflicts;

/// <summary>
/// Reads a custom policy: <c>{"name": "panel-2026", "consortiumAuthorLimit": 25, "rules": [{"relation": "coauthor",
/// "severity": "conflict", "windowMonths": 60}, {"relation": "advisor", "severity": "conflict", "windowMonths": null}]}</c>
/// (windowMonths null or absent = for life). Every problem is reported at once, naming the file and the field.
/// </summary>
public static class ConflictPolicyReader
{
    public static ConflictPolicy Read(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ExpertGraphException($"policy file {path}: cannot read it ({ex.Message}); built-in policies are nsf and nih");
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return Parse(document.RootElement, $"policy file {path}");
        }
        catch (JsonException ex)
        {
            throw new ExpertGraphException($"policy file {path}: not valid JSON at line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}");
        }
    }

    /// <summary>A policy given as JSON (the API's request body); <paramref name="source"/> names it in errors ("policy file x.json", "policy").</summary>
    public static ConflictPolicy Parse(JsonElement root, string source)
    {
        var problems = new List<string>();
        if (root.ValueKind != JsonValueKind.Object) throw new ExpertGraphException($"{source}: the top level must be an object with name and rules");
        var name = root.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()!.Trim() : "";
        if (name.Length == 0) problems.Add("name: missing or not a string");
        var limit = ConflictPolicy.DefaultConsortiumAuthorLimit;
        if (root.TryGetProperty("consortiumAuthorLimit", out var l) && (!l.TryGetInt32(out limit) || limit < 1))
            problems.Add("consortiumAuthorLimit: must be a whole number of at least 1");
        var rules = new List<RelationRule>();
        if (!root.TryGetProperty("rules", out var list) || list.ValueKind != JsonValueKind.Array) problems.Add("rules: missing or not an array");
        else
        {
            var index = 0;
            foreach (var item in list.EnumerateArray())
            {
                if (ParseRule(item, $"rules[{index}]", problems) is { } rule)
                {
                    if (rules.Any(r => r.Relation == rule.Relation)) problems.Add($"rules[{index}].relation: {ConflictRelationNames.Of(rule.Relation)} has a rule already");
                    else rules.Add(rule);
                }

                index++;
            }
        }

        if (problems.Count > 0) throw new ExpertGraphException($"{source}: " + string.Join("; ", problems));
        return new ConflictPolicy(name, rules, limit);
    }

    private static RelationRule? ParseRule(JsonElement item, string at, List<string> problems)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{at}: must be an object");
            return null;
        }

        var before = problems.Count;
        var relationText = item.TryGetProperty("relation", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
        if (!ConflictRelationNames.TryParse(relationText, out var relation))
            problems.Add($"{at}.relation: '{relationText}' is not one of {string.Join(", ", ConflictRelationNames.All)}");
        var severityText = item.TryGetProperty("severity", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        ConflictSeverity? severity = severityText?.Trim().ToLowerInvariant() switch { "conflict" => ConflictSeverity.Conflict, "warning" => ConflictSeverity.Warning, _ => null };
        if (severity is null) problems.Add($"{at}.severity: '{severityText}' is not conflict or warning");
        int? months = null;
        if (item.TryGetProperty("windowMonths", out var w) && w.ValueKind != JsonValueKind.Null)
        {
            if (!w.TryGetInt32(out var value) || value is < 0 or > 1200) problems.Add($"{at}.windowMonths: must be null (for life) or a whole number from 0 to 1200");
            else months = value;
        }

        return problems.Count == before ? new RelationRule(relation, severity!.Value, months) : null;
    }
}
