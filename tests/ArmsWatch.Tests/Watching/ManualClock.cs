namespace ArmsWatch.Tests.Watching;

/// <summary>A clock a test moves by hand, so that backoff is tested without waiting.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
