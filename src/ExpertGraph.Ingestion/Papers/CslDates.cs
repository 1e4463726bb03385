using System.Globalization;
using System.Text.Json;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>
/// Years of CSL date variables, which Crossref writes the same way: {"date-parts": [[2017, 3, 13]]}, where a part may
/// be a number, a numeric string or null, and the list may be empty; CSL-JSON may give {"raw": "2017-03"} instead.
/// </summary>
internal static class CslDates
{
    /// <summary>The year of the first of <paramref name="names"/> that holds one.</summary>
    public static int? FirstYear(JsonElement item, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (item.ObjectOrNull(name) is { } date && Year(date) is { } year) return year;
        }

        return null;
    }

    private static int? Year(JsonElement date)
    {
        if (date.TryGetProperty("date-parts", out var parts) && parts.ValueKind == JsonValueKind.Array)
        {
            foreach (var first in parts.EnumerateArray())
            {
                if (first.ValueKind != JsonValueKind.Array || first.GetArrayLength() == 0) continue;
                var year = first[0];
                if (year.ValueKind == JsonValueKind.Number && year.TryGetInt32(out var number)) return Plausible(number);
                if (year.ValueKind == JsonValueKind.String) return Plausible(LeadingYear(year.GetString()));
                return null;
            }
        }

        return Plausible(LeadingYear(date.StringOrNull("raw") ?? date.StringOrNull("literal")));
    }

    /// <summary>The first run of four digits: "2017-03-13" → 2017, "Spring 2009" → 2009.</summary>
    private static int? LeadingYear(string? text)
    {
        if (text is null) return null;
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            var run = text.AsSpan(i, 4);
            if (run.ContainsAnyExceptInRange('0', '9')) continue;
            if (i + 4 < text.Length && char.IsAsciiDigit(text[i + 4])) return null;
            return int.Parse(run, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        return null;
    }

    private static int? Plausible(int? year) => year is >= 1000 and <= 9999 ? year : null;
}
