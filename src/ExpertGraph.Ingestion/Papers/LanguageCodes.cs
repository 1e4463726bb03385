using System.Collections.Frozen;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>ISO 639-1 codes from the language names and codes bibliographic exports write ("english", "ngerman", "chi", "en").</summary>
internal static class LanguageCodes
{
    private static readonly FrozenDictionary<string, string> Codes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["english"] = "en", ["eng"] = "en", ["american"] = "en", ["british"] = "en", ["usenglish"] = "en", ["ukenglish"] = "en",
        ["chinese"] = "zh", ["chi"] = "zh", ["zho"] = "zh", ["schinese"] = "zh", ["tchinese"] = "zh", ["中文"] = "zh",
        ["french"] = "fr", ["fre"] = "fr", ["fra"] = "fr", ["german"] = "de", ["ngerman"] = "de", ["ger"] = "de", ["deu"] = "de",
        ["spanish"] = "es", ["spa"] = "es", ["italian"] = "it", ["ita"] = "it", ["portuguese"] = "pt", ["por"] = "pt",
        ["brazilian"] = "pt", ["russian"] = "ru", ["rus"] = "ru", ["japanese"] = "ja", ["jpn"] = "ja", ["korean"] = "ko",
        ["kor"] = "ko", ["hungarian"] = "hu", ["magyar"] = "hu", ["hun"] = "hu", ["dutch"] = "nl", ["nld"] = "nl", ["dut"] = "nl",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The code of <paramref name="name"/>, a two-letter code as it is; null for anything else.</summary>
    public static string? FromName(string? name)
    {
        name = name?.Trim();
        if (string.IsNullOrEmpty(name)) return null;
        if (Codes.TryGetValue(name, out var code)) return code;
        return name.Length == 2 && name.All(char.IsAsciiLetter) ? name.ToLowerInvariant() : null;
    }
}
