using System.Net.Http.Json;
using System.Text.Json;

namespace ExpertGraph.Api.Tests.Support;

/// <summary>Requests and their JSON answers, read as documents.</summary>
internal static class HttpJson
{
    public static async Task<(int Status, JsonElement Body)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return ((int)response.StatusCode, await ReadAsync(response));
    }

    public static async Task<(int Status, JsonElement Body)> PostAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        return ((int)response.StatusCode, await ReadAsync(response));
    }

    /// <summary>The answer as a JSON document; a download (CSV, XLSX, zip, HTML, PDF) reads as an empty element.</summary>
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        if (response.Content.Headers.ContentType?.MediaType is { } type && !type.EndsWith("json", StringComparison.Ordinal)) return default;
        var text = await response.Content.ReadAsStringAsync();
        if (text.Length == 0) return default;
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static IReadOnlyList<string> Strings(JsonElement array, string property) =>
        [.. array.EnumerateArray().Select(e => e.GetProperty(property).GetString()!)];
}
