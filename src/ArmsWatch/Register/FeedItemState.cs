namespace ArmsWatch.Register;

/// <summary>
/// What <c>watch</c> remembers of a feed item's page: the content hash once stored (then it is never fetched again),
/// else its failures so far and when to try again.
/// </summary>
public sealed record FeedItemState(string CanonicalUrl, string? ETag, string? LastModified, string? ContentHash, int Failures, DateTimeOffset? RetryAt)
{
    public bool Stored => ContentHash is not null;
}
