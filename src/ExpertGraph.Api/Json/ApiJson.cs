using System.Text.Encodings.Web;
using System.Text.Json;

namespace ExpertGraph.Api.Json;

/// <summary>
/// The JSON the API answers with and the CLI prints (--format json): the same shapes (the *Json classes beside this one),
/// camelCase, text unescaped beyond what JSON needs (Chinese stays readable).
/// </summary>
public static class ApiJson
{
    public static JsonSerializerOptions Indented { get; } = Configure(new JsonSerializerOptions { WriteIndented = true });

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        return options;
    }

    public static string Serialize(object? value) => JsonSerializer.Serialize(value, Indented);
}
