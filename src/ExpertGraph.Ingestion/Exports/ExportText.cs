using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using ExpertGraph.Ingestion.Papers;

namespace ExpertGraph.Ingestion.Exports;

/// <summary>Small parsers shared by the export readers: lists, numbers, years, language names.</summary>
internal static partial class ExportText
{
    /// <summary>Languages as the exports spell them ("English", "Chinese") → ISO 639-1.</summary>
    private static readonly FrozenDictionary<string, string> LanguageCodes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["English"] = "en", ["Chinese"] = "zh", ["German"] = "de", ["French"] = "fr", ["Spanish"] = "es",
        ["Portuguese"] = "pt", ["Italian"] = "it", ["Japanese"] = "ja", ["Korean"] = "ko", ["Russian"] = "ru",
        ["Polish"] = "pl", ["Dutch"] = "nl", ["Turkish"] = "tr", ["Czech"] = "cs", ["Persian"] = "fa",
        ["Arabic"] = "ar", ["Ukrainian"] = "uk", ["Hungarian"] = "hu", ["Swedish"] = "sv", ["Danish"] = "da",
        ["Norwegian"] = "no", ["Finnish"] = "fi", ["Greek"] = "el", ["Romanian"] = "ro", ["Croatian"] = "hr",
        ["Serbian"] = "sr", ["Slovak"] = "sk", ["Slovenian"] = "sl", ["Lithuanian"] = "lt", ["Hebrew"] = "he",
        ["Indonesian"] = "id", ["Malay"] = "ms", ["Thai"] = "th", ["Vietnamese"] = "vi", ["Catalan"] = "ca",
        ["Bulgarian"] = "bg", ["Estonian"] = "et", ["Latvian"] = "lv", ["Afrikaans"] = "af", ["Icelandic"] = "is",
        ["Chinese (Simplified)"] = "zh", ["Chinese (Traditional)"] = "zh", ["中文"] = "zh", ["英文"] = "en",
        // ISO 639-2, as EndNote and library catalogues write LA.
        ["eng"] = "en", ["chi"] = "zh", ["zho"] = "zh", ["ger"] = "de", ["deu"] = "de", ["fre"] = "fr", ["fra"] = "fr",
        ["spa"] = "es", ["jpn"] = "ja", ["rus"] = "ru", ["por"] = "pt", ["ita"] = "it", ["kor"] = "ko",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The parts of a delimited list, cleaned, empty ones dropped, in order (duplicates kept).</summary>
    public static List<string> Split(string? value, params string[] separators)
    {
        if (string.IsNullOrWhiteSpace(value)) return [];
        return value.Split(separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(PaperText.CollapseWhitespace)
            .OfType<string>()
            .ToList();
    }

    /// <summary>Distinct cleaned items, first spelling kept, for keyword lists.</summary>
    public static List<string> Keywords(string? value, params string[] separators) =>
        Split(value, separators).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>A non-negative integer, or null ("", "n/a", "1,234" with a thousands separator is read).</summary>
    public static int? Count(string? value)
    {
        var text = value?.Trim().Replace(",", string.Empty, StringComparison.Ordinal);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : null;
    }

    /// <summary>The first plausible four-digit year in the text ("2019", "1 Jan.-Feb. 2019", "2019///"), or null.</summary>
    public static int? Year(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        foreach (Match match in FourDigits().Matches(value))
        {
            var year = int.Parse(match.Value, NumberStyles.None, CultureInfo.InvariantCulture);
            if (year is >= 1000 and <= 2999) return year;
        }

        return null;
    }

    /// <summary>ISO 639-1 code of the first language named ("English; French" → "en"), or null when unknown.</summary>
    public static string? Language(string? value)
    {
        foreach (var name in Split(value, ";", ","))
        {
            if (LanguageCodes.TryGetValue(name, out var code)) return code;
            if (name.Length == 2 && name.All(char.IsAsciiLetter)) return name.ToLowerInvariant();
        }

        return null;
    }

    /// <summary>A placeholder some exports write instead of a value: "[No abstract available]", "NA", "N/A".</summary>
    public static bool IsPlaceholder(string? value) =>
        value is null || Placeholder().IsMatch(value);

    /// <summary>The value unless it is empty or a placeholder.</summary>
    public static string? Value(string? value) => IsPlaceholder(value) ? null : PaperText.CollapseWhitespace(value);

    [GeneratedRegex(@"(?<!\d)\d{4}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex FourDigits();

    [GeneratedRegex(@"^\s*(?:\[\s*No [^\]]* available\s*\]|N/?A|null|None)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
