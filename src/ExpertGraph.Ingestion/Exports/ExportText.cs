using System.Globalization;
using System.Text.RegularExpressions;
using ExpertGraph.Ingestion.Normalization;
using ExpertGraph.Ingestion.Papers;

namespace ExpertGraph.Ingestion.Exports;

/// <summary>Small parsers shared by the export readers: lists, numbers, years, language names.</summary>
internal static partial class ExportText
{
    /// <summary>Languages as the exports spell them ("English", "Chinese") → ISO 639-1.</summary>
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
            if (LanguageCodes.ToIso6391(name) is { } code) return code;
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
