using ArmsWatch.Documents;
using ArmsWatch.Register;

namespace ArmsWatch.Watching;

/// <summary>Something the watcher did that a user may want to see: one line each in the CLI.</summary>
public abstract record WatchEvent(string Source);

/// <summary>A document was committed to the register (or found there already): reported only after the commit.</summary>
public sealed record DocumentIngested(string Source, IngestOutcome Outcome) : WatchEvent(Source);

/// <summary>A feed, page or file could not be used; a feed or page is tried again after <paramref name="RetryIn"/> (null: not until it changes).</summary>
public sealed record SourceFailed(string Source, InputException Error, int Failures, TimeSpan? RetryIn) : WatchEvent(Source);

/// <summary>A feed or page is left alone until its backoff ends.</summary>
public sealed record SourceBackingOff(string Source, int Failures, DateTimeOffset RetryAt) : WatchEvent(Source);

/// <summary>A feed was read: how many entries it lists and how many were new; or it had not changed since the last poll.</summary>
public sealed record FeedPolled(string Source, int Entries, int New, bool NotModified) : WatchEvent(Source);

/// <summary>A file changed too recently to be complete; it is read on a later scan.</summary>
public sealed record FileDeferred(string Source) : WatchEvent(Source);
