namespace ExpertGraph.Tests.Shared.Harvesting;

/// <summary>
/// A fake clock on which nothing waits for real. A delay (Task.Delay on this clock: backoff, Retry-After, pacing) is
/// recorded, moves the clock on by its length and completes at once. A timeout (a timer whose state is the
/// CancellationTokenSource it cancels, as CancelAfter on a TimeProvider makes) stays pending until
/// <see cref="FireTimeouts"/>, which a test server calls when it hangs a request on purpose.
/// </summary>
internal sealed class SkippingClock : TimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<TimeSpan> _delays = [];
    private readonly List<PendingTimer> _timeouts = [];
    private DateTimeOffset _now = new(2025, 3, 14, 9, 26, 53, TimeSpan.Zero);

    /// <summary>Every delay asked for, in order.</summary>
    public IReadOnlyList<TimeSpan> Delays
    {
        get { lock (_lock) return [.. _delays]; }
    }

    public int TimeoutsFired { get; private set; }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock) return _now;
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new PendingTimer(this, callback, state, dueTime);
        if (state is CancellationTokenSource)
        {
            lock (_lock) _timeouts.Add(timer);
            return timer;
        }

        if (dueTime == Timeout.InfiniteTimeSpan) return timer;
        lock (_lock)
        {
            _delays.Add(dueTime);
            _now += dueTime;
        }

        callback(state);
        return timer;
    }

    /// <summary>Moves the clock past every pending timeout and fires them.</summary>
    public void FireTimeouts()
    {
        PendingTimer[] due;
        lock (_lock)
        {
            due = [.. _timeouts];
            _timeouts.Clear();
            foreach (var timer in due) _now += timer.DueTime;
        }

        foreach (var timer in due)
        {
            TimeoutsFired++;
            timer.Fire();
        }
    }

    private void Remove(PendingTimer timer)
    {
        lock (_lock) _timeouts.Remove(timer);
    }

    private sealed class PendingTimer(SkippingClock clock, TimerCallback callback, object? state, TimeSpan dueTime) : ITimer
    {
        public TimeSpan DueTime { get; private set; } = dueTime;

        public void Fire() => callback(state);

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            DueTime = dueTime;
            return true;
        }

        public void Dispose() => clock.Remove(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return default;
        }
    }
}
