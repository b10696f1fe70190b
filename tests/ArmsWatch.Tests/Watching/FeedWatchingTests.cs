using ArmsWatch.Watching;
using Microsoft.AspNetCore.Http;

namespace ArmsWatch.Tests.Watching;

/// <summary>The watcher on healthy feeds served from 127.0.0.1: what is fetched, stored and remembered.</summary>
public sealed class FeedWatchingTests
{
    [Fact]
    public async Task Each_new_item_is_stored_once_and_the_next_poll_fetches_no_page()
    {
        await using var site = await LoopbackSite.StartAsync();
        site.Serve("/feed", Feeds.Rss("/a/1?utm_source=rss", "/a/2#comments"));
        site.Serve("/a/1", Feeds.Article("First."));
        site.Serve("/a/2", Feeds.Article("Second."));
        using var watch = WatchHarness.For([site.Url("/feed")]);

        var first = await watch.RoundAsync();
        var second = await watch.RoundAsync();

        Assert.Equal(new WatchRound(0, 0), first);
        Assert.Equal(new WatchRound(0, 0), second);
        Assert.Equal([site.Url("/a/1").AbsoluteUri, site.Url("/a/2").AbsoluteUri], watch.Stored());
        Assert.Equal(1, site.Hits("/a/1"));
        Assert.Equal(1, site.Hits("/a/2"));
        Assert.Equal(2, site.Hits("/feed"));
        Assert.Equal(2, watch.Documents);
    }

    [Fact]
    public async Task Seen_items_survive_a_restart()
    {
        await using var site = await LoopbackSite.StartAsync();
        site.Serve("/feed", Feeds.Rss("/a/1"));
        site.Serve("/a/1", Feeds.Article("First."));
        using var watch = WatchHarness.For([site.Url("/feed")]);

        await watch.RoundAsync();
        watch.Restart();
        await watch.RoundAsync();

        Assert.Equal(1, site.Hits("/a/1"));
        Assert.Empty(watch.Reported<DocumentIngested>());
    }

    [Fact]
    public async Task The_same_page_listed_by_two_feeds_with_tracking_parameters_is_fetched_once()
    {
        await using var site = await LoopbackSite.StartAsync();
        site.Serve("/one", Feeds.Rss("/a/1?utm_source=one&id=7"));
        site.Serve("/two", Feeds.Rss("/a/1?id=7&utm_medium=two&fbclid=x"));
        site.Serve("/a/1", Feeds.Article("First."));
        using var watch = WatchHarness.For([site.Url("/one")]);

        await watch.RoundAsync();
        watch.Restart(watch.Options with { Feeds = [site.Url("/two")] });
        var round = await watch.RoundAsync();

        Assert.Equal(new WatchRound(0, 0), round);
        Assert.Equal(1, site.Hits("/two"));
        Assert.Equal(1, site.Hits("/a/1"));
    }

    [Fact]
    public async Task A_feed_that_has_not_changed_is_asked_with_its_validators_and_answers_304()
    {
        await using var site = await LoopbackSite.StartAsync();
        var conditional = 0;
        site.Serve("/feed", async context =>
        {
            if (context.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                conditional++;
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
            context.Response.Headers.ETag = "\"v1\"";
            await LoopbackSite.Send(context, Feeds.Rss("/a/1"), "application/rss+xml");
        });
        site.Serve("/a/1", Feeds.Article("First."));
        using var watch = WatchHarness.For([site.Url("/feed")]);

        await watch.RoundAsync();
        await watch.RoundAsync();

        Assert.Equal(1, conditional);
        Assert.Contains(watch.Reported<FeedPolled>(), polled => polled.NotModified);
    }

    [Fact]
    public async Task The_date_comes_from_the_feed_item_else_from_the_page_metadata()
    {
        await using var site = await LoopbackSite.StartAsync();
        site.Serve("/feed", Feeds.Rss(("/a/dated", "Wed, 16 Dec 2015 10:00:00 GMT"), ("/a/undated", null)));
        site.Serve("/a/dated", Feeds.Article("First.", published: "2014-03-01T00:00:00Z"));
        site.Serve("/a/undated", Feeds.Article("Second.", published: "2014-03-01T00:00:00Z"));
        using var watch = WatchHarness.For([site.Url("/feed")]);

        await watch.RoundAsync();

        Assert.Equal("2015-12-16", watch.Document(site.Url("/a/dated").AbsoluteUri).Published);
        Assert.Equal("2014-03-01", watch.Document(site.Url("/a/undated").AbsoluteUri).Published);
    }

    [Fact]
    public async Task Atom_feeds_are_read_too()
    {
        await using var site = await LoopbackSite.StartAsync();
        site.Serve("/atom", Feeds.Atom(("/a/1", "2016-02-03T00:00:00Z")), "application/atom+xml");
        site.Serve("/a/1", Feeds.Article("First."));
        using var watch = WatchHarness.For([site.Url("/atom")]);

        await watch.RoundAsync();

        Assert.Equal("2016-02-03", watch.Document(site.Url("/a/1").AbsoluteUri).Published);
    }

    [Fact]
    public async Task Up_to_five_redirects_are_followed()
    {
        await using var site = await LoopbackSite.StartAsync();
        site.Serve("/feed", Feeds.Rss("/r/5"));
        for (var i = 1; i <= 5; i++)
        {
            var next = i == 1 ? "/a/1" : $"/r/{i - 1}";
            site.Serve($"/r/{i}", context => { context.Response.Redirect(next); return Task.CompletedTask; });
        }
        site.Serve("/a/1", Feeds.Article("First."));
        using var watch = WatchHarness.For([site.Url("/feed")]);

        var round = await watch.RoundAsync();

        Assert.Equal(0, round.Failed);
        Assert.Equal(1, site.Hits("/a/1"));
    }

    [Fact]
    public async Task Requests_to_one_host_go_one_at_a_time()
    {
        await using var site = await LoopbackSite.StartAsync();
        var links = Enumerable.Range(0, 6).Select(i => $"/a/{i}").ToArray();
        site.Serve("/one", Feeds.Rss(links[..3]));
        site.Serve("/two", Feeds.Rss(links[3..]));
        foreach (var link in links)
            site.Serve(link, async context =>
            {
                // Each answer takes a while, so that overlapping requests would be in flight together.
                await Task.Delay(50);
                await LoopbackSite.Send(context, Feeds.Article(link), "text/html");
            });
        using var watch = new WatchHarness(WatchOptions.For([site.Url("/one"), site.Url("/two")], []) with { Workers = 4 });

        await watch.RoundAsync();

        Assert.Equal(6, watch.Stored().Count);
        Assert.Equal(1, site.MaxInFlight);
    }
}
