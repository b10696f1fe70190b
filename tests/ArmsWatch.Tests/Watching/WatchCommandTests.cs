using System.CommandLine;
using ArmsWatch.Cli.Commands;
using ArmsWatch.Register;
using ArmsWatch.Tests.Register;

namespace ArmsWatch.Tests.Watching;

/// <summary><c>armswatch watch --once</c> end to end against a loopback site, with the real pipeline.</summary>
public sealed class WatchCommandTests
{
    private static Task<int> RunAsync(params string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(WatchCommand.Create());
        return root.Parse(args).InvokeAsync();
    }

    [Fact]
    public async Task Watch_once_stores_the_feed_and_exits_1_when_a_source_failed_and_2_with_nothing_to_watch()
    {
        await using var site = await LoopbackSite.StartAsync();
        site.Serve("/feed", Feeds.Rss("/a/1"));
        site.Serve("/a/1", Feeds.Article("The deal was signed in Moscow."));
        site.Serve("/broken", context =>
        {
            context.Response.StatusCode = 500;
            return Task.CompletedTask;
        });
        using var register = new SqliteTestRegister();

        var good = await RunAsync("watch", "--once", "--feed", site.Url("/feed").AbsoluteUri, "--db", register.FilePath);
        var broken = await RunAsync("watch", "--once", "--feed", site.Url("/broken").AbsoluteUri, site.Url("/feed").AbsoluteUri, "--db", register.FilePath);
        var nothing = await RunAsync("watch", "--once", "--db", register.FilePath);

        Assert.Equal((0, 1, 2), (good, broken, nothing));
        using var store = register.Open();
        Assert.Equal(1, store.Count(RegisterTable.Documents));
        Assert.Contains(store.Claims(new ClaimFilter()), stored => stored.Claim.Supplier == "RUS" && stored.Claim.Recipient == "IRN");
    }
}
