using System.Text;
using ArmsWatch.Watching;
using Microsoft.AspNetCore.Http;

namespace ArmsWatch.Tests.Watching;

/// <summary>
/// Feeds and pages that fail (time out, answer 500, serve broken XML, a binary, an endless body, 1252 bytes): each is
/// reported once, retried with backoff, and never stops the others.
/// </summary>
public sealed class FeedFaultTests
{
    private static readonly TimeSpan ShortTimeout = TimeSpan.FromMilliseconds(500);

    private static async Task<LoopbackSite> BrokenSiteAsync()
    {
        var site = await LoopbackSite.StartAsync();
        site.Serve("/good", Feeds.Rss("/a/1"));
        site.Serve("/a/1", Feeds.Article("First."));
        // Headers, then nothing: only a time limit on the whole exchange ends this one.
        site.Serve("/slow", async context =>
        {
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>");
            await context.Response.Body.FlushAsync();
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        });
        site.Serve("/error", context => { context.Response.StatusCode = 500; return Task.CompletedTask; });
        site.Serve("/malformed", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><link>/a/1</link></channel>", "application/rss+xml");
        site.Serve("/binary", context => context.Response.Body.WriteAsync(Enumerable.Range(0, 4096).Select(i => (byte)(i * 7)).ToArray()).AsTask());
        site.Serve("/not-a-feed", "<html><body>hello</body></html>", "text/html");
        return site;
    }

    [Fact]
    public async Task Each_broken_feed_is_reported_once_and_the_good_feed_is_still_ingested()
    {
        await using var site = await BrokenSiteAsync();
        string[] broken = ["/slow", "/error", "/malformed", "/binary", "/not-a-feed"];
        using var watch = new WatchHarness(WatchOptions.For([.. broken.Select(site.Url), site.Url("/good")], []) with { RequestTimeout = ShortTimeout });

        var round = await watch.RoundAsync();

        Assert.Equal(5, round.Failed);
        Assert.Equal([site.Url("/a/1").AbsoluteUri], watch.Stored());
        var failures = watch.Reported<SourceFailed>();
        Assert.Equal(broken.Select(path => site.Url(path).AbsoluteUri).Order(), failures.Select(f => f.Source).Order());
        Assert.All(failures, failure => Assert.Equal((1, watch.Options.Backoff.First), (failure.Failures, failure.RetryIn!.Value)));
        Assert.Contains("no complete answer", failures.Single(f => f.Source.EndsWith("/slow", StringComparison.Ordinal)).Error.Reason);
        Assert.Contains("HTTP 500", failures.Single(f => f.Source.EndsWith("/error", StringComparison.Ordinal)).Error.Reason);
        Assert.Contains("binary", failures.Single(f => f.Source.EndsWith("/binary", StringComparison.Ordinal)).Error.Reason);
    }

    [Fact]
    public async Task A_failing_feed_is_left_alone_until_its_backoff_ends_and_each_failure_doubles_the_wait()
    {
        await using var site = await BrokenSiteAsync();
        using var watch = WatchHarness.For([site.Url("/error")]);
        var first = watch.Options.Backoff.First;

        await watch.RoundAsync();
        watch.Clock.Now += first - TimeSpan.FromSeconds(1);
        await watch.RoundAsync();
        var waitedOut = site.Hits("/error");
        watch.Clock.Now += TimeSpan.FromSeconds(1);
        await watch.RoundAsync();

        Assert.Equal(1, waitedOut);
        Assert.Equal(2, site.Hits("/error"));
        Assert.Single(watch.Reported<SourceBackingOff>());
        Assert.Equal([first, first * 2], watch.Reported<SourceFailed>().Select(f => f.RetryIn!.Value));
    }

    [Fact]
    public async Task A_feed_that_recovers_is_read_and_its_failures_forgotten()
    {
        await using var site = await BrokenSiteAsync();
        var healthy = false;
        site.Serve("/flaky", context => healthy
            ? LoopbackSite.Send(context, Feeds.Rss("/a/1"), "application/rss+xml")
            : Task.FromResult(context.Response.StatusCode = 503));
        using var watch = WatchHarness.For([site.Url("/flaky")]);

        await watch.RoundAsync();
        healthy = true;
        watch.Clock.Now += watch.Options.Backoff.First;
        var round = await watch.RoundAsync();

        Assert.Equal(0, round.Failed);
        Assert.Equal([site.Url("/a/1").AbsoluteUri], watch.Stored());
        Assert.Equal(0, watch.State.Feed(site.Url("/flaky").AbsoluteUri)!.Failures);
    }

    [Fact]
    public async Task A_page_with_an_endless_body_is_cut_off_at_the_size_cap_and_the_next_page_is_stored()
    {
        await using var site = await LoopbackSite.StartAsync();
        site.Serve("/feed", Feeds.Rss("/a/endless", "/a/1"));
        site.Serve("/a/1", Feeds.Article("First."));
        var chunk = Encoding.UTF8.GetBytes(new string('x', 64 * 1024));
        // No Content-Length: the cap has to be enforced while the body streams in.
        site.Serve("/a/endless", async context =>
        {
            context.Response.ContentType = "text/html";
            while (!context.RequestAborted.IsCancellationRequested)
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
        });
        using var watch = WatchHarness.For([site.Url("/feed")]);

        var round = await watch.RoundAsync();

        Assert.Equal(1, round.Failed);
        Assert.Equal([site.Url("/a/1").AbsoluteUri], watch.Stored());
        Assert.Contains("MB limit", watch.Reported<SourceFailed>().Single().Error.Reason);
    }

    [Fact]
    public async Task A_failed_page_is_retried_after_its_backoff_even_though_the_feed_is_unchanged()
    {
        await using var site = await LoopbackSite.StartAsync();
        site.Serve("/feed", async context =>
        {
            context.Response.Headers.ETag = "\"same\"";
            if (context.Request.Headers.IfNoneMatch == "\"same\"")
                context.Response.StatusCode = StatusCodes.Status304NotModified;
            else
                await LoopbackSite.Send(context, Feeds.Rss("/a/1"), "application/rss+xml");
        });
        site.Serve("/a/1", context =>
        {
            context.Response.StatusCode = 500;
            return Task.CompletedTask;
        });
        using var watch = WatchHarness.For([site.Url("/feed")]);

        await watch.RoundAsync();
        site.Serve("/a/1", Feeds.Article("First."));
        watch.Clock.Now += watch.Options.Backoff.First;
        await watch.RoundAsync();

        Assert.Equal([site.Url("/a/1").AbsoluteUri], watch.Stored());
    }

    [Fact]
    public async Task A_redirect_loop_fails_after_five_redirects()
    {
        await using var site = await LoopbackSite.StartAsync();
        site.Serve("/feed", Feeds.Rss("/loop"));
        site.Serve("/loop", context => { context.Response.Redirect("/loop"); return Task.CompletedTask; });
        using var watch = WatchHarness.For([site.Url("/feed")]);

        await watch.RoundAsync();

        Assert.Equal(1 + PageFetcher.MaxRedirects, site.Hits("/loop"));
        Assert.Contains("redirected more than 5 times", watch.Reported<SourceFailed>().Single().Error.Reason);
    }

    [Fact]
    public async Task A_page_in_Windows_1252_is_decoded_and_a_binary_page_is_refused()
    {
        await using var site = await LoopbackSite.StartAsync();
        site.Serve("/feed", Feeds.Rss("/a/1252", "/a/image"));
        var html = Feeds.Article("The minister called it \u201ca done deal\u201d.");
        site.Serve("/a/1252", context =>
        {
            context.Response.ContentType = "text/html";
            return context.Response.Body.WriteAsync(CodePages1252().GetBytes(html)).AsTask();
        });
        site.Serve("/a/image", context =>
        {
            context.Response.ContentType = "image/png";
            return context.Response.Body.WriteAsync(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0 }).AsTask();
        });
        using var watch = WatchHarness.For([site.Url("/feed")]);

        var round = await watch.RoundAsync();

        Assert.Equal(1, round.Failed);
        Assert.Contains("\u201ca done deal\u201d", watch.Document(site.Url("/a/1252").AbsoluteUri).Text);
        Assert.Contains("image/png", watch.Reported<SourceFailed>().Single().Error.Reason);
    }

    private static Encoding CodePages1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
