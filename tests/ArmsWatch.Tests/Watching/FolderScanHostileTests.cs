using ArmsWatch.Tests.Reading;
using ArmsWatch.Watching;

namespace ArmsWatch.Tests.Watching;

/// <summary>A watched folder with symlink cycles, a FIFO and a link to a device: the scan ends, stores the article once, reports the rest.</summary>
public sealed class FolderScanHostileTests
{
    private const string Article = "Russia delivered S-300 systems to Iran, officials said on Monday.";

    [Fact]
    public async Task A_scan_of_a_folder_with_cycles_a_fifo_and_a_device_link_ends_and_stores_the_article_once()
    {
        using var folder = new TempFolder();
        using var watch = WatchHarness.For([], [folder.Path]);
        folder.Write("news/one.txt", Article);
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "a"), ".");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "news", "b"), "..");
        HostileInputTests.MakeFifo(Path.Combine(folder.Path, "x.txt"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "random.txt"), "/dev/urandom");
        // The harness's clock is in 2016: every file here was written "in the future", so none waits to settle.

        var round = await watch.RoundAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, watch.Documents);
        Assert.Equal(2, round.Failed);
        Assert.All(watch.Reported<SourceFailed>(), failure => Assert.Contains("not a regular file", failure.Error.Reason));
    }
}
