namespace ArmsWatch.Watching;

/// <summary>How long a failing feed or page is left alone: doubling from <paramref name="First"/> with each failure, never above <paramref name="Cap"/>.</summary>
public sealed record Backoff(TimeSpan First, TimeSpan Cap)
{
    /// <summary>One minute, doubling up to six hours: a broken feed is asked about 4 times a day once it has failed 9 times.</summary>
    public static Backoff Default { get; } = new(TimeSpan.FromMinutes(1), TimeSpan.FromHours(6));

    /// <summary>The wait after the given number of consecutive failures (1 = the first).</summary>
    public TimeSpan After(int failures)
    {
        // Capped exponent: 2^30 minutes would overflow TimeSpan long before the cap applies.
        var doublings = Math.Clamp(failures - 1, 0, 30);
        var delay = First.Ticks * (double)(1L << doublings);
        return delay >= Cap.Ticks ? Cap : TimeSpan.FromTicks((long)delay);
    }
}
