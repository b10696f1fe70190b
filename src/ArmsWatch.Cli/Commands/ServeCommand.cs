using System.CommandLine;
using ArmsWatch.Cli.Presentation;
using ArmsWatch.Reading;
using ArmsWatch.Register;
using ArmsWatch.Server;
using ArmsWatch.Watching;

namespace ArmsWatch.Cli.Commands;

/// <summary><c>armswatch serve</c>: the HTTP API, the live stream and the dashboard over one register.</summary>
public static class ServeCommand
{
    public const string ApiKeyVariable = "ARMSWATCH_API_KEY";

    public static Command Create()
    {
        var db = StoreOption.Create();
        var urls = new Option<string[]>("--urls")
        {
            Description = $"Addresses to listen on (default {DashboardOptions.DefaultUrl}); one that is not loopback needs an API key.",
            DefaultValueFactory = _ => [DashboardOptions.DefaultUrl],
            AllowMultipleArgumentsPerToken = true,
        };
        var apiKey = new Option<string?>("--api-key")
        {
            Description = $"The key POST /api/documents requires in the X-Api-Key header (default: ${ApiKeyVariable}).",
        };
        var demo = new Option<bool>("--demo")
        {
            Description = "Ingest the sample articles shipped with ArmsWatch first (into a demo register in the temporary folder unless --db is given).",
        };
        var cache = new Option<int>("--response-cache")
        {
            Description = "Megabytes of memory for API answers kept while the register does not change (0: none).",
            DefaultValueFactory = _ => 64,
        };
        var sources = new WatchSourceOptions();
        var command = new Command("serve", "Serve the register: a JSON API (/openapi/v1.json), a live stream of new claims, and the dashboard; with --feed or --folder, watch them in-process too.");
        command.Options.Add(db);
        sources.AddTo(command);
        command.Options.Add(urls);
        command.Options.Add(apiKey);
        command.Options.Add(demo);
        command.Options.Add(cache);
        command.SetAction((parse, cancel) => sources.Feeds(parse) is { } feeds
            ? Run(Terminal.Of(parse).Error, parse.GetValue(db), parse.GetValue(urls)!, parse.GetValue(apiKey) ?? Environment.GetEnvironmentVariable(ApiKeyVariable),
                parse.GetValue(demo), WatchOptions.For(feeds, sources.Folders(parse)) with { Interval = sources.Interval(parse) },
                Math.Max(0, parse.GetValue(cache)), cancel)
            : Task.FromResult(2));
        return command;
    }

    private static async Task<int> Run(TextWriter errors, string? target, string[] urls, string? apiKey, bool demo, WatchOptions watching, int cacheMegabytes, CancellationToken cancel)
    {
        var options = new DashboardOptions(urls.SelectMany(url => url.Split(';', StringSplitOptions.RemoveEmptyEntries)).ToList(), string.IsNullOrEmpty(apiKey) ? null : apiKey)
        {
            ResponseCacheBytes = cacheMegabytes * 1024L * 1024,
        };
        try
        {
            ListenPolicy.Check(options.Urls, options.ApiKey);
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        // A demo has a register of its own, so the samples never mix into the user's (ingesting them again adds nothing).
        if (demo && target is null)
            target = DemoRegister.Fresh();
        // A post waiting longer than this for the register's lock is answered 503 (Retry-After) rather than held.
        using var store = StoreOption.Open(target, busyTimeout: TimeSpan.FromSeconds(10));
        if (store is null)
            return 2;
        var pipeline = ArmsWatchPipeline.LoadDefault();
        if (demo)
            IngestSamples(store, pipeline);

        await using var app = DashboardServer.Build(options, store, pipeline);
        // The watcher stores into the same register; the live stream polls the register, so its claims show up like any other.
        using var stopWatching = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        using var watcher = watching.Feeds.Count + watching.Folders.Count > 0
            ? new Watcher(store, DocumentIngester.ForPipeline(store, pipeline), watching, WatchLog.Write)
            : null;
        var watchingTask = Task.CompletedTask;
        var status = 0;
        try
        {
            await DashboardServer.RunAsync(app, addresses =>
            {
                Console.WriteLine($"ArmsWatch dashboard: {string.Join(", ", addresses.Select(address => address + "/"))}");
                Console.WriteLine($"register: {store.Dialect.Describe()} (armswatch ingest FILES --db {store.Dialect.Describe()} and watch them arrive on the Live page)");
                Console.WriteLine("Ctrl+C to stop.");
                watchingTask = watcher?.RunAsync(stopWatching.Token) ?? Task.CompletedTask;
            }, cancel);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or FormatException or ArgumentException or System.Net.Sockets.SocketException)
        {
            // A bad or busy address (--urls), or an address beyond loopback bound without a key: one line, no stack trace,
            // saying what to do when it is a failure the user can fix (a port in use: the next one to try).
            errors.WriteLine(KnownFailure.Describe(e) is { } known
                ? $"error: {known}"
                : $"error: cannot serve on {string.Join(", ", options.Urls)}: {TerminalText.Escape(e.Message)}");
            status = 2;
        }
        await stopWatching.CancelAsync();
        try
        {
            await watchingTask;
        }
        catch (OperationCanceledException)
        {
            // Stopping is how a watch ends here.
        }
        return status;
    }

    private static void IngestSamples(RegisterStore store, ArmsWatchPipeline pipeline)
    {
        var samples = Path.Combine(AppContext.BaseDirectory, "samples");
        var stored = 0;
        DocumentIngester.ForPipeline(store, pipeline).IngestAll(new DocumentReader().Read([samples]),
            outcome => stored += outcome.Stored ? 1 : 0,
            error => Console.Error.WriteLine($"error: {TerminalText.Escape(error.Message)}"));
        Console.WriteLine(DemoRegister.Summary(stored, samples));
    }
}
