using System.Data.Common;
using ArmsWatch.Documents;
using ArmsWatch.Register;

namespace ArmsWatch.Watching;

/// <summary>
/// Polls one feed: a conditional GET of the feed, then each entry not seen before (by canonical URL) is fetched, read and
/// ingested, and remembered as seen only after its document is committed.
/// </summary>
public sealed class FeedPoller(PageFetcher fetcher, PageReader pages, DocumentIngester ingester, WatchState state, WatchOptions options, TimeProvider clock, Action<WatchEvent> report)
{
    /// <summary>Polls the feed unless it is backing off; returns the number of failures (the feed's or its pages').</summary>
    public async Task<int> PollAsync(Uri feed, CancellationToken cancel)
    {
        var url = feed.AbsoluteUri;
        var known = state.Feed(url);
        if (known is { RetryAt: { } retryAt } && retryAt > clock.GetUtcNow())
        {
            report(new SourceBackingOff(url, known.Failures, retryAt));
            return 0;
        }
        HttpPage page;
        IReadOnlyList<FeedEntry> entries;
        try
        {
            page = await fetcher.GetAsync(feed, new Validators(known?.ETag, known?.LastModified), cancel).ConfigureAwait(false);
            entries = page.NotModified ? [] : FeedParser.Parse(page.Body, page.Url);
        }
        catch (InputException error)
        {
            var failures = (known?.Failures ?? 0) + 1;
            var wait = options.Backoff.After(failures);
            state.FeedFailed(url, failures, clock.GetUtcNow() + wait, error.Reason);
            report(new SourceFailed(url, error, failures, wait));
            return 1;
        }
        if (page.NotModified)
        {
            state.FeedPolled(url, page.ETag, page.LastModified, clock.GetUtcNow());
            report(new FeedPolled(url, 0, 0, NotModified: true));
            return 0;
        }

        var fresh = Fresh(url, entries);
        report(new FeedPolled(url, entries.Count, fresh.Count, NotModified: false));
        var failed = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Workers, CancellationToken = cancel };
        await Parallel.ForEachAsync(fresh, parallel, async (item, token) =>
        {
            if (!await IngestAsync(url, item.Entry, item.Canonical, item.Known, token).ConfigureAwait(false))
                Interlocked.Increment(ref failed);
        }).ConfigureAwait(false);
        // The validators are kept only once every entry is handled: were they kept before, a crash mid-poll (or a page
        // waiting to be retried) would meet "304 Not Modified" next time and its entries would never be seen again.
        if (failed == 0)
            state.FeedPolled(url, page.ETag, page.LastModified, clock.GetUtcNow());
        else
            state.FeedPolled(url, null, null, clock.GetUtcNow());
        return failed;
    }

    // Entries not stored yet under their canonical URL (from this feed or another), and not waiting out a backoff.
    private List<(FeedEntry Entry, string Canonical, FeedItemState? Known)> Fresh(string feedUrl, IReadOnlyList<FeedEntry> entries)
    {
        var seen = state.Items(feedUrl);
        var now = clock.GetUtcNow();
        var fresh = new List<(FeedEntry, string, FeedItemState?)>();
        foreach (var entry in entries.DistinctBy(entry => CanonicalUrl.Of(entry.Link.AbsoluteUri)))
        {
            var canonical = CanonicalUrl.Of(entry.Link.AbsoluteUri)!;
            seen.TryGetValue(canonical, out var known);
            if (known is { Stored: true } || (known is null && state.IsItemStored(canonical)))
                continue;
            if (known is { RetryAt: { } retryAt } && retryAt > now)
            {
                report(new SourceBackingOff(canonical, known.Failures, retryAt));
                continue;
            }
            fresh.Add((entry, canonical, known));
        }
        return fresh;
    }

    private async Task<bool> IngestAsync(string feedUrl, FeedEntry entry, string canonical, FeedItemState? known, CancellationToken cancel)
    {
        try
        {
            var page = await fetcher.GetAsync(entry.Link, Validators.None, cancel).ConfigureAwait(false);
            var document = pages.Read(page, canonical, entry);
            var outcome = ingester.Ingest(document, cancel);
            // Another worker's transaction may still fail; left unmarked, the next poll finds the document stored or takes it.
            if (outcome.Take != DocumentTake.HeldByAnotherWorker)
                state.ItemStored(canonical, feedUrl, page.ETag, page.LastModified, ContentHash.Of(document.Text), clock.GetUtcNow());
            report(new DocumentIngested(canonical, outcome));
            return true;
        }
        catch (Exception e) when (e is not (DbException or OperationCanceledException))
        {
            // A page the pipeline cannot handle is that page's failure, reported, never the end of the watch.
            var error = e as InputException ?? new InputException(canonical, $"could not be processed ({e.GetType().Name}: {e.Message})", e);
            var failures = (known?.Failures ?? 0) + 1;
            var wait = options.Backoff.After(failures);
            state.ItemFailed(canonical, feedUrl, failures, clock.GetUtcNow() + wait, error.Reason, clock.GetUtcNow());
            report(new SourceFailed(canonical, error, failures, wait));
            return false;
        }
    }
}
