using ArmsWatch.Reading;
using ArmsWatch.Register;

namespace ArmsWatch.Watching;

/// <summary>
/// Continuous ingestion: polls feeds and scans folders, and stores what is new in the register. Runs once
/// (<see cref="RunOnceAsync"/>, for cron and tests) or until cancelled (<see cref="RunAsync"/>, for a service).
/// </summary>
/// <remarks>
/// Nothing is lost under faults: a document is acknowledged (<see cref="DocumentIngested"/>) only after its commit, and
/// an entry or file is remembered as seen only after that, so a crash at any moment leaves at most work to redo,
/// which the register's content hash makes harmless. A failing feed or page is retried with backoff and never stops the others.
/// </remarks>
public sealed class Watcher : IDisposable
{
    private static readonly TimeSpan MinimumWait = TimeSpan.FromSeconds(1);

    private readonly WatchOptions options;
    private readonly PageFetcher fetcher;
    private readonly FeedPoller feeds;
    private readonly FolderScanner folders;

    /// <param name="report">Told of each event as it happens, from several threads at once when workers run in parallel.</param>
    public Watcher(RegisterStore store, DocumentIngester ingester, WatchOptions options, Action<WatchEvent> report, TimeProvider? clock = null)
    {
        this.options = options;
        clock ??= TimeProvider.System;
        var state = new WatchState(store.Dialect);
        var reader = new DocumentReader();
        fetcher = new PageFetcher(options.RequestTimeout);
        feeds = new FeedPoller(fetcher, new PageReader(reader), ingester, state, options, clock, report);
        folders = new FolderScanner(reader, ingester, state, options, clock, report);
    }

    /// <summary>Polls every feed (all at once, one request at a time per host) and scans every folder, once.</summary>
    public async Task<WatchRound> RunOnceAsync(CancellationToken cancel = default)
    {
        var polls = options.Feeds.Select(feed => feeds.PollAsync(feed, cancel)).ToList();
        // Folders are scanned on this thread while the feeds' requests are in flight.
        var (failed, deferred) = (0, 0);
        foreach (var folder in options.Folders)
        {
            var scan = await Task.Run(() => folders.Scan(folder, cancel), cancel).ConfigureAwait(false);
            failed += scan.Failed;
            deferred += scan.Deferred;
        }
        failed += (await Task.WhenAll(polls).ConfigureAwait(false)).Sum();
        return new WatchRound(failed, deferred);
    }

    /// <summary>
    /// Runs rounds until cancelled: every <see cref="WatchOptions.Interval"/>, sooner when a watched folder changes
    /// (the periodic rescan catches any change the file system did not report), and after the settle time when a
    /// file was still being written.
    /// </summary>
    public async Task RunAsync(CancellationToken cancel)
    {
        using var changed = new SemaphoreSlim(0);
        var watchers = options.Folders.Where(Directory.Exists).Select(folder => WatchFolder(folder, changed)).ToList();
        try
        {
            while (!cancel.IsCancellationRequested)
            {
                var round = await RunOnceAsync(cancel).ConfigureAwait(false);
                // A floor on the wait: a file rewritten without end must not turn this loop into a busy one.
                var wait = round.Deferred > 0 ? TimeSpan.FromTicks(Math.Max(options.SettleTime.Ticks, MinimumWait.Ticks)) : options.Interval;
                await changed.WaitAsync(wait, cancel).ConfigureAwait(false);
                // One rescan covers every change reported meanwhile.
                while (changed.CurrentCount > 0)
                    await changed.WaitAsync(cancel).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // Cancellation is how a continuous watch ends; whatever was committed is kept.
        }
        finally
        {
            foreach (var watcher in watchers)
                watcher.Dispose();
        }
    }

    public void Dispose() => fetcher.Dispose();

    private static FileSystemWatcher WatchFolder(string folder, SemaphoreSlim changed)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        void Signal() => changed.Release();
        watcher.Created += (_, _) => Signal();
        watcher.Changed += (_, _) => Signal();
        watcher.Renamed += (_, _) => Signal();
        // An overflowed event buffer lost changes: rescan.
        watcher.Error += (_, _) => Signal();
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
