using System.Globalization;

namespace ExpertGraph.Graph.Conflicts;

/// <summary>
/// A date as precise as its source gives it: a year, a month or a day. Windows compare it as the span of days it may
/// stand for, so a date known only by year is inside a window when any day of that year is (a check must not miss).
/// </summary>
public readonly record struct EvidenceDate
{
    public EvidenceDate(int year, int? month = null, int? day = null)
    {
        if (year is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(year), year, "year must be between 1 and 9999");
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "month must be between 1 and 12");
        if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(year, month.Value)))
            throw new ArgumentOutOfRangeException(nameof(day), day, "day needs a month and must exist in it");
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }
    public int? Month { get; }
    public int? Day { get; }

    /// <summary>The first day this date may stand for.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day this date may stand for.</summary>
    public DateOnly Latest => Day is { } d ? new(Year, Month!.Value, d)
        : Month is { } m ? new(Year, m, DateTime.DaysInMonth(Year, m))
        : new(Year, 12, 31);

    public static EvidenceDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>Reads "2019", "2019-05" or "2019-05-17"; null when the text is none of those.</summary>
    public static EvidenceDate? TryParse(string? text)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        var parts = text.Split('-');
        if (parts.Length > 3 || parts[0].Length != 4) return null;
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i])) return null;
        }

        if (numbers[0] < 1 || (numbers.Length > 1 && numbers[1] is < 1 or > 12)) return null;
        if (numbers.Length == 3 && (numbers[2] < 1 || numbers[2] > DateTime.DaysInMonth(numbers[0], numbers[1]))) return null;
        return new EvidenceDate(numbers[0], numbers.Length > 1 ? numbers[1] : null, numbers.Length > 2 ? numbers[2] : null);
    }

    public override string ToString() => Day is { } d ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{d:D2}")
        : Month is { } m ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2} (month only)")
        : string.Create(CultureInfo.InvariantCulture, $"{Year:D4} (year only)");
}
