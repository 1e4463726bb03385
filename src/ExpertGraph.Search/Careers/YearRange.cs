using System.Globalization;

namespace ExpertGraph.Search.Careers;

/// <summary>An inclusive range of years (of career age, of approximate age), open at either end.</summary>
public readonly record struct YearRange(int? Min, int? Max)
{
    public bool Contains(int value) => (Min is not { } min || value >= min) && (Max is not { } max || value <= max);

    /// <summary>"30-60", "30-", "-60" or "45" (exactly); null for text that is none of these.</summary>
    public static YearRange? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Trim().Split('-');
        if (parts.Length > 2) return null;
        int? Bound(string part) => part.Length == 0 ? null : int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;
        var min = Bound(parts[0]);
        var max = parts.Length == 2 ? Bound(parts[1]) : min;
        if (min == -1 || max == -1 || (min is null && max is null) || (min > max)) return null;
        return new YearRange(min, max);
    }

    public override string ToString() => (Min, Max) switch
    {
        ({ } min, { } max) when min == max => min.ToString(CultureInfo.InvariantCulture),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Min}-{Max}"),
    };
}
