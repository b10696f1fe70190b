using System.Collections.Concurrent;
using ArmsWatch.Extraction;
using ArmsWatch.Register;
using ArmsWatch.Tests.Register;
using ArmsWatch.Watching;

namespace ArmsWatch.Tests.Watching;

/// <summary>
/// A watcher on a temporary SQLite register with a stand-in extraction (no claims, no models to load), a manual clock
/// and the events it reports; the reading and the register are the real ones.
/// </summary>
public sealed class WatchHarness : IDisposable
{
    private readonly SqliteTestRegister register = new();
    private readonly RegisterStore store;

    public WatchHarness(WatchOptions options)
    {
        Options = options;
        store = register.Open();
        Watcher = Start();
    }

    public WatchOptions Options { get; private set; }

    public ManualClock Clock { get; } = new(new DateTimeOffset(2016, 1, 1, 12, 0, 0, TimeSpan.Zero));

    public ConcurrentQueue<WatchEvent> Events { get; } = new();

    public Watcher Watcher { get; private set; }

    public static WatchHarness For(IReadOnlyList<Uri> feeds, IReadOnlyList<string>? folders = null) =>
        new(WatchOptions.For(feeds, folders ?? []) with { RequestTimeout = TimeSpan.FromSeconds(10), SettleTime = TimeSpan.FromSeconds(2) });

    public WatchState State => new(store.Dialect);

    public IReadOnlyList<T> Reported<T>() where T : WatchEvent => Events.OfType<T>().ToList();

    public IReadOnlyList<string> Stored() =>
        Reported<DocumentIngested>().Where(e => e.Outcome.Stored).Select(e => e.Source).Order(StringComparer.Ordinal).ToList();

    public long Documents => store.Count(RegisterTable.Documents);

    /// <summary>A new watcher on the same register, as after a restart of the process, optionally watching other sources.</summary>
    public void Restart(WatchOptions? options = null)
    {
        Watcher.Dispose();
        Options = options ?? Options;
        Events.Clear();
        Watcher = Start();
    }

    public Task<WatchRound> RoundAsync() => Watcher.RunOnceAsync();

    /// <summary>What the register holds of a document, by its URL.</summary>
    public (string? Title, string? Published, string Text) Document(string url)
    {
        using var connection = store.Dialect.Open();
        using var query = ParameterisedCommand.Create(connection, null, "SELECT title, published, text FROM documents WHERE url = @url", ("url", url));
        using var reader = query.ExecuteReader();
        Assert.True(reader.Read(), $"no document {url}");
        return (reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2));
    }

    public void Dispose()
    {
        Watcher.Dispose();
        store.Dispose();
        register.Dispose();
    }

    private Watcher Start()
    {
        var ingester = new DocumentIngester(store, document => new DocumentExtraction([], new DocumentClaims { Doc = document.Id }));
        return new Watcher(store, ingester, Options, Events.Enqueue, Clock);
    }
}
