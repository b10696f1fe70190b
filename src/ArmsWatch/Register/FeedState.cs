namespace ArmsWatch.Register;

/// <summary>What <c>watch</c> remembers of a feed: its validators for a conditional GET and its backoff after failures.</summary>
public sealed record FeedState(string Url, string? ETag, string? LastModified, int Failures, DateTimeOffset? RetryAt);
