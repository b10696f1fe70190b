namespace ArmsWatch.Watching;

/// <summary>The ETag and Last-Modified a server gave last time, sent back so it can answer 304 Not Modified.</summary>
public sealed record Validators(string? ETag, string? LastModified)
{
    public static Validators None { get; } = new(null, null);
}
