using System.Collections.Frozen;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>
/// Language names as exports write them (Web of Science LA, ProQuest "Language": "English", "Chinese") as ISO 639-1
/// codes. A fixed table, so codes never depend on the machine's ICU data.
/// </summary>
internal static class LanguageNames
{
    private static readonly FrozenDictionary<string, string> Codes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Afrikaans"] = "af",
        ["Arabic"] = "ar",
        ["Bulgarian"] = "bg",
        ["Catalan"] = "ca",
        ["Chinese"] = "zh",
        ["Croatian"] = "hr",
        ["Czech"] = "cs",
        ["Danish"] = "da",
        ["Dutch"] = "nl",
        ["English"] = "en",
        ["Estonian"] = "et",
        ["Finnish"] = "fi",
        ["French"] = "fr",
        ["Galician"] = "gl",
        ["German"] = "de",
        ["Greek"] = "el",
        ["Hebrew"] = "he",
        ["Hungarian"] = "hu",
        ["Icelandic"] = "is",
        ["Indonesian"] = "id",
        ["Italian"] = "it",
        ["Japanese"] = "ja",
        ["Korean"] = "ko",
        ["Latvian"] = "lv",
        ["Lithuanian"] = "lt",
        ["Malay"] = "ms",
        ["Norwegian"] = "no",
        ["Persian"] = "fa",
        ["Polish"] = "pl",
        ["Portuguese"] = "pt",
        ["Romanian"] = "ro",
        ["Russian"] = "ru",
        ["Serbian"] = "sr",
        ["Slovak"] = "sk",
        ["Slovene"] = "sl",
        ["Slovenian"] = "sl",
        ["Spanish"] = "es",
        ["Swedish"] = "sv",
        ["Thai"] = "th",
        ["Turkish"] = "tr",
        ["Ukrainian"] = "uk",
        ["Vietnamese"] = "vi",
        ["Welsh"] = "cy",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The code of a language name, or null for a name not in the table ("Unspecified", "Multi-Language").</summary>
    public static string? Code(string? name) => name is not null && Codes.TryGetValue(name.Trim(), out var code) ? code : null;
}
