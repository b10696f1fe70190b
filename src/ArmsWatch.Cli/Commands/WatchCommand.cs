using System.CommandLine;
using System.Data.Common;
using ArmsWatch.Cli.Presentation;
using ArmsWatch.Register;
using ArmsWatch.Watching;

namespace ArmsWatch.Cli.Commands;

/// <summary>
/// <c>armswatch watch --feed URL... --folder DIR... [--interval 5m] [--once] [--db TARGET]</c>: ingests new feed items
/// and files as they appear. Prints "stored SOURCE (N claims)" once a document is committed: that line is the acknowledgement.
/// </summary>
public static class WatchCommand
{
    public static Command Create()
    {
        var sources = new WatchSourceOptions();
        var timeout = new Option<TimeSpan>("--timeout")
        {
            Description = "Limit on one request, body included.",
            DefaultValueFactory = _ => TimeSpan.FromSeconds(30),
            CustomParser = WatchSourceOptions.Duration,
        };
        var once = new Option<bool>("--once") { Description = "Poll every feed and scan every folder once, then exit (for cron and tests): exit code 1 when a source failed." };
        var db = StoreOption.Create();
        var command = new Command("watch", "Ingest new items of RSS/Atom feeds and new files of folders continuously; items and files already seen are not read again.");
        sources.AddTo(command);
        command.Options.Add(timeout);
        command.Options.Add(once);
        command.Options.Add(db);
        command.SetAction((parse, cancel) => sources.Feeds(parse) is { } feeds
            ? RunAsync(feeds, sources.Folders(parse), sources.Interval(parse), parse.GetValue(timeout), parse.GetValue(once), parse.GetValue(db), cancel)
            : Task.FromResult(2));
        return command;
    }

    private static async Task<int> RunAsync(List<Uri> feeds, string[] folders, TimeSpan interval, TimeSpan timeout, bool once, string? target, CancellationToken cancel)
    {
        if (feeds.Count + folders.Length == 0)
        {
            Console.Error.WriteLine("error: nothing to watch: give at least one --feed URL or --folder DIR");
            return 2;
        }
        using var store = StoreOption.Open(target);
        if (store is null)
            return 2;
        var options = WatchOptions.For(feeds, folders) with { Interval = interval, RequestTimeout = timeout };
        using var watcher = new Watcher(store, DocumentIngester.ForPipeline(store, ArmsWatchPipeline.LoadDefault()), options, WatchLog.Write);
        try
        {
            if (!once)
            {
                await watcher.RunAsync(cancel);
                return 0;
            }
            var round = await watcher.RunOnceAsync(cancel);
            Console.WriteLine($"watch: {round.Failed} source(s) failed, {round.Deferred} file(s) left for the next run → {store.Dialect.Describe()}");
            return round.Failed == 0 ? 0 : 1;
        }
        catch (DbException e)
        {
            // Every acknowledged document is committed; the rest is fetched again on the next run.
            Console.Error.WriteLine($"error: the register failed ({e.Message}); documents acknowledged before it are kept, run watch again to go on");
            return 2;
        }
    }
}
