namespace ExpertGraph.Integration.Tests.Support;

/// <summary>
/// Where to kill an ingest: a moment on an uninterrupted run's timeline, anchored to the last progress line ("reading
/// …", "completed …") written before it, so the kill lands at the same point of the work however fast the machine is
/// that day: <see cref="Delay"/> after <see cref="AfterLine"/>.
/// </summary>
internal sealed record KillPlan(TimeSpan At, string AfterLine, TimeSpan Delay)
{
    /// <summary>Moments up to this share of the time to the last "completed" line; later ones race the run's end.</summary>
    private const double LatestShare = 0.8;

    /// <summary>A moment drawn uniformly between the first progress line and <see cref="LatestShare"/> of the run.</summary>
    public static KillPlan Choose(Random random, IReadOnlyList<TimedLine> reference)
    {
        ArgumentNullException.ThrowIfNull(random);
        var events = Events(reference);
        var first = events[0].At;
        var last = events.Last(l => l.Text.StartsWith("completed ", StringComparison.Ordinal)).At;
        return FromMoment(first + (last - first) * (random.NextDouble() * LatestShare), events);
    }

    /// <summary>Halfway back to the first progress line: for when a run was faster than the reference and ended first.</summary>
    public KillPlan Earlier(IReadOnlyList<TimedLine> reference)
    {
        var events = Events(reference);
        return FromMoment(events[0].At + (At - events[0].At) / 2, events);
    }

    public override string ToString() => $"{Delay.TotalMilliseconds:F0} ms after \"{AfterLine}\" (at {At.TotalSeconds:F2} s of the uninterrupted run)";

    private static KillPlan FromMoment(TimeSpan at, List<TimedLine> events)
    {
        var anchor = events.Last(l => l.At <= at);
        return new KillPlan(at, anchor.Text, at - anchor.At);
    }

    private static List<TimedLine> Events(IReadOnlyList<TimedLine> reference)
    {
        var events = reference
            .Where(l => l.Text.StartsWith("reading ", StringComparison.Ordinal) || l.Text.StartsWith("completed ", StringComparison.Ordinal))
            .ToList();
        if (events.Count == 0) throw new ArgumentException("the reference run wrote no progress lines", nameof(reference));
        return events;
    }
}
