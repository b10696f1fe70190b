using ArmsWatch.Tests.Reading;
using ArmsWatch.Watching;

namespace ArmsWatch.Tests.Watching;

/// <summary>Files dropped into a watched folder: ingested once, and not before they are completely written.</summary>
public sealed class FolderWatchingTests
{
    private const string Article = "Russia delivered S-300 systems to Iran, officials said on Monday.";

    [Fact]
    public async Task A_new_file_is_ingested_once_and_an_unchanged_file_is_not_read_again()
    {
        using var folder = new TempFolder();
        using var watch = WatchHarness.For([], [folder.Path]);
        var path = Settled(watch, folder.Write("news/one.txt", Article));

        await watch.RoundAsync();
        watch.Restart();
        await watch.RoundAsync();

        Assert.Equal(1, watch.Documents);
        Assert.Empty(watch.Reported<DocumentIngested>());
        Assert.Equal(path, watch.State.FolderFiles(folder.Path).Single().Key);
    }

    [Fact]
    public async Task A_file_still_being_written_is_left_for_a_later_scan()
    {
        using var folder = new TempFolder();
        using var watch = WatchHarness.For([], [folder.Path]);
        var path = folder.Write("one.txt", Article);
        File.SetLastWriteTimeUtc(path, watch.Clock.Now.UtcDateTime);

        var early = await watch.RoundAsync();
        watch.Clock.Now += watch.Options.SettleTime;
        var later = await watch.RoundAsync();

        Assert.Equal(new WatchRound(0, 1), early);
        Assert.Equal(new WatchRound(0, 0), later);
        Assert.Single(watch.Reported<FileDeferred>());
        Assert.Equal(1, watch.Documents);
    }

    [Fact]
    public async Task A_changed_file_is_read_again_and_only_its_new_text_is_stored()
    {
        using var folder = new TempFolder();
        using var watch = WatchHarness.For([], [folder.Path]);
        var path = Settled(watch, folder.Write("feed.jsonl", """{"doc":"a","text":"Russia sold Su-35 jets to Egypt."}""" + "\n"));
        await watch.RoundAsync();

        File.AppendAllText(path, """{"doc":"b","text":"France delivered Rafale jets to India."}""" + "\n");
        Settled(watch, path);
        await watch.RoundAsync();

        Assert.Equal(2, watch.Documents);
        Assert.Equal(2, watch.Stored().Count);
        Assert.Single(watch.Reported<DocumentIngested>(), e => !e.Outcome.Stored);
    }

    [Fact]
    public async Task A_bad_file_is_reported_once_and_hidden_files_are_skipped()
    {
        using var folder = new TempFolder();
        using var watch = WatchHarness.For([], [folder.Path]);
        Settled(watch, folder.Write("empty.txt", ""));
        Settled(watch, folder.Write(".partial.txt", Article));

        var first = await watch.RoundAsync();
        var second = await watch.RoundAsync();

        Assert.Equal(1, first.Failed);
        Assert.Equal(0, second.Failed);
        Assert.Contains("is empty", watch.Reported<SourceFailed>().Single().Error.Reason);
        Assert.Equal(0, watch.Documents);
    }

    [Fact]
    public async Task A_continuous_watch_picks_up_a_dropped_file_without_waiting_for_the_interval()
    {
        using var folder = new TempFolder();
        using var watch = new WatchHarness(WatchOptions.For([], [folder.Path]) with { Interval = TimeSpan.FromHours(1), SettleTime = TimeSpan.Zero });
        // The file system's clock: the new file is seen as written an hour ago.
        watch.Clock.Now = DateTimeOffset.UtcNow.AddHours(1);
        using var stop = new CancellationTokenSource();
        var stored = new TaskCompletionSource();
        _ = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested && watch.Documents == 0)
                await Task.Delay(20);
            stored.TrySetResult();
        });

        var watching = watch.Watcher.RunAsync(stop.Token);
        folder.Write("one.txt", Article);
        await stored.Task.WaitAsync(TimeSpan.FromMinutes(1));
        stop.Cancel();
        await watching;

        Assert.Equal(1, watch.Documents);
    }

    // Dated in the past by the test clock's reckoning, so the file counts as completely written.
    private static string Settled(WatchHarness watch, string path)
    {
        File.SetLastWriteTimeUtc(path, (watch.Clock.Now - TimeSpan.FromMinutes(1)).UtcDateTime);
        return path;
    }
}
