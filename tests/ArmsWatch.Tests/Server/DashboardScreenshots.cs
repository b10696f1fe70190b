using Microsoft.Playwright;

namespace ArmsWatch.Tests.Server;

/// <summary>
/// Takes the README's screenshots (docs/*.png) of a running demo server: not a test, skipped unless
/// ARMSWATCH_SCREENSHOTS_URL names the server (`armswatch serve --demo`, fresh register).
/// </summary>
public sealed class DashboardScreenshots(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private static readonly string? Server = Environment.GetEnvironmentVariable("ARMSWATCH_SCREENSHOTS_URL");

    [ScreenshotFact]
    public async Task Take()
    {
        var address = new Uri(Server!.TrimEnd('/') + "/");
        var docs = Path.Combine(RepositoryPaths.Root, "docs");
        using var client = new HttpClient { BaseAddress = address };
        var k2Article = (await client.GetJson("/api/documents?system=K2")).Items().Last().GetProperty("id").GetInt64();

        async Task Shot(string name, string path, int height)
        {
            var page = await chromium.NewPage(address);
            await page.SetViewportSizeAsync(1400, height);
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(docs, name + ".png") });
        }

        await Shot("register", "index.html?supplier=RUS", 800);
        await Shot("deals", "index.html?view=deals&recipient=POL", 620);
        await Shot("article", $"article.html?id={k2Article}", 760);
        await Shot("deal", "deal.html?id=KOR-POL-k2-2022", 1000);
        await Shot("flows", "flows.html", 820);

        var live = await chromium.NewPage(address);
        await live.SetViewportSizeAsync(1400, 760);
        await live.GotoAsync("live.html");
        await live.SelectOptionAsync("#watch-form select[name=field]", "category");
        await live.FillAsync("#watch-form input[name=value]", "air-defence");
        await live.ClickAsync("#watch-form button[type=submit]");
        await Assertions.Expect(live.Locator("#status")).ToHaveAttributeAsync("data-state", "connected");
        await client.PostArticle(new { title = "Su-35s for China", published = "2018-12-01", text = "Russia delivered the last of 24 Su-35 fighter jets to China in 2018, completing a contract signed in 2015." });
        await client.PostArticle(new { title = "S-400 for China", published = "2018-07-01", text = "Russia has delivered the S-400 air defense system to China, the first foreign buyer of the system." });
        await Assertions.Expect(live.Locator(".arrival.watched")).Not.ToHaveCountAsync(0);
        await live.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(docs, "live.png") });
    }

    private sealed class ScreenshotFactAttribute : FactAttribute
    {
        public ScreenshotFactAttribute()
        {
            if (string.IsNullOrEmpty(Server))
                Skip = "takes the README's screenshots: set ARMSWATCH_SCREENSHOTS_URL to a demo server";
        }
    }
}
