using System.Globalization;

namespace ExpertGraph.Graph.Conflicts;

/// <summary>
/// The period a rule looks back over: from <see cref="Start"/> to the reference date, both included; a start of null
/// means for life. A window of W months starts on the reference date W calendar months earlier (the 15th to the 15th;
/// a day the earlier month lacks becomes its last day). What happened after the reference date is outside.
/// </summary>
public sealed record ConflictWindow(int? Months, DateOnly? Start, DateOnly Reference)
{
    public static ConflictWindow Create(int? months, DateOnly reference) =>
        new(months, months is { } m ? reference.AddMonths(-m) : null, reference);

    /// <summary>Whether any day from <paramref name="earliest"/> to <paramref name="latest"/> lies in the window.</summary>
    public bool Overlaps(DateOnly earliest, DateOnly latest) => earliest <= Reference && (Start is not { } start || latest >= start);

    public bool Contains(EvidenceDate date) => Overlaps(date.Earliest, date.Latest);

    public override string ToString() => Start is { } start
        ? string.Create(CultureInfo.InvariantCulture, $"{Months} months ({start:yyyy-MM-dd} to {Reference:yyyy-MM-dd})")
        : string.Create(CultureInfo.InvariantCulture, $"for life (to {Reference:yyyy-MM-dd})");
}
