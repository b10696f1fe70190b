namespace ArmsWatch.Watching;

/// <summary>What to watch and how: feeds and folders, how often, and the limits on each request.</summary>
/// <param name="Interval">Time between polls of the feeds and rescans of the folders when running continuously.</param>
/// <param name="RequestTimeout">Limit on one request, body included.</param>
/// <param name="SettleTime">A file modified more recently than this may still be being written; it is left for a later scan.</param>
/// <param name="Workers">Pages extracted at once; fetches still go one at a time per host.</param>
public sealed record WatchOptions(
    IReadOnlyList<Uri> Feeds,
    IReadOnlyList<string> Folders,
    TimeSpan Interval,
    TimeSpan RequestTimeout,
    TimeSpan SettleTime,
    Backoff Backoff,
    int Workers)
{
    public static WatchOptions For(IReadOnlyList<Uri> feeds, IReadOnlyList<string> folders) =>
        new(feeds, folders, TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(2), Backoff.Default, Math.Max(1, Environment.ProcessorCount));
}
