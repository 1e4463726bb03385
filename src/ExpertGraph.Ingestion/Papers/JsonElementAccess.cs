using System.Text.Json;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>Tolerant reads of optional JSON properties: a missing, null or mistyped property reads as absent.</summary>
internal static class JsonElementAccess
{
    public static string? StringOrNull(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static int? Int32OrNull(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : null;

    public static JsonElement? ObjectOrNull(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : null;

    /// <summary>The items of an array property; none when it is missing or not an array.</summary>
    public static IEnumerable<JsonElement> Items(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : [];

    /// <summary>The strings of an array property (Crossref's titles, ISSNs, subjects); other items are passed over.</summary>
    public static IEnumerable<string> Strings(this JsonElement element, string name) =>
        element.Items(name).Where(i => i.ValueKind == JsonValueKind.String).Select(i => i.GetString()!);

    public static bool HasArray(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array;
}
