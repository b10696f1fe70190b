using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ArmsWatch.Tests.Server;

/// <summary>The dashboard in a real browser: the pages render the register, follow filters, and show new claims live.</summary>
public sealed class DashboardBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IAsyncLifetime
{
    private const string MigArticle = "Moscow, March 3, 2021. Russia delivered eight MiG-29 fighters to Syria last week, the defence ministry said.";

    private TestDashboard dashboard = null!;

    public async Task InitializeAsync() => dashboard = await TestDashboard.OnLoopback();

    public async Task DisposeAsync() => await dashboard.DisposeAsync();

    [Fact]
    public async Task The_register_lists_claims_and_a_filter_narrows_them()
    {
        var page = await chromium.NewPage(dashboard.Address);
        await page.GotoAsync("index.html");
        await Assertions.Expect(page.Locator("table.listing tbody tr")).ToHaveCountAsync(3);

        await page.FillAsync("input[name=supplier]", "RUS");
        await page.SelectOptionAsync("select[name=category]", "air-defence");
        await page.ClickAsync("button[type=submit]");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("supplier=RUS.*category=air-defence"));
        await Assertions.Expect(page.Locator("table.listing tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("table.listing tbody")).ToContainTextAsync("S-300");
    }

    [Fact]
    public async Task An_article_shows_its_text_with_each_claims_evidence_and_item_marked()
    {
        var (_, posted) = await dashboard.Client.PostArticle(new { text = MigArticle, title = "MiG-29s for Syria" });
        var page = await chromium.NewPage(dashboard.Address);
        await page.GotoAsync($"article.html?id={posted.GetProperty("document_id").GetInt64()}");

        await Assertions.Expect(page.Locator("article h1")).ToHaveTextAsync("MiG-29s for Syria");
        await Assertions.Expect(page.Locator("#claims-view")).ToHaveTextAsync(MigArticle);
        var item = page.Locator("mark.item").Filter(new LocatorFilterOptions { HasText = "MiG-29" });
        await Assertions.Expect(item).ToHaveCountAsync(1);
        await Assertions.Expect(item).ToHaveAttributeAsync("title", new Regex(@"Russia \(RUS\) → Syria \(SYR\).*delivery"));
        await Assertions.Expect(page.Locator("mark.evidence").First).ToContainTextAsync("Russia delivered");
        await Assertions.Expect(page.Locator("aside .claim-card").First).ToContainTextAsync("MiG-29");
    }

    [Fact]
    public async Task An_article_shows_what_was_recognised_by_kind_with_a_legend()
    {
        var (_, posted) = await dashboard.Client.PostArticle(new { text = MigArticle, title = "MiG-29s for Syria" });
        var page = await chromium.NewPage(dashboard.Address);
        await page.GotoAsync($"article.html?id={posted.GetProperty("document_id").GetInt64()}");

        await page.ClickAsync("#show-spans");
        await Assertions.Expect(page.Locator("#spans-view")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#claims-view")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#spans-view .legend li")).ToHaveCountAsync(13);
        var weapon = page.Locator("#spans-view > .span-weapon").Filter(new LocatorFilterOptions { HasText = "MiG-29" });
        await Assertions.Expect(weapon).ToHaveCountAsync(1);
        await Assertions.Expect(weapon).ToHaveAttributeAsync("title", new Regex("family: MiG-29"));
        await Assertions.Expect(page.Locator("#spans-view > .span-state").Filter(new LocatorFilterOptions { HasText = "Syria" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#spans-view > .span-stage-cue").Filter(new LocatorFilterOptions { HasText = "delivered" })).ToHaveCountAsync(1);
        var date = page.Locator("#spans-view > .span-date").Filter(new LocatorFilterOptions { HasText = "March 3, 2021" });
        await Assertions.Expect(date).ToHaveAttributeAsync("title", new Regex("year: 2021"));
        await Assertions.Expect(page.Locator("#spans-view > .span-quantity")).ToHaveAttributeAsync("title", new Regex("count: 8"));
    }

    [Fact]
    public async Task A_deal_shows_its_timeline_with_sources()
    {
        var page = await chromium.NewPage(dashboard.Address);
        await page.GotoAsync("index.html?view=deals&system=Rafale");
        await page.ClickAsync("table.listing tbody a");

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Rafale: France (FRA) → India (IND)");
        await Assertions.Expect(page.Locator("ol.timeline li")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("ol.timeline")).ToContainTextAsync("France sold 36 Rafale jets to India");
        await Assertions.Expect(page.Locator(".figures")).ToContainTextAsync("$8.7 bn");
    }

    [Fact]
    public async Task A_claim_posted_while_the_live_page_is_open_appears_without_a_reload_marked_when_watched()
    {
        var page = await chromium.NewPage(dashboard.Address);
        await page.GotoAsync("live.html");
        await page.SelectOptionAsync("#watch-form select[name=field]", "supplier");
        await page.FillAsync("#watch-form input[name=value]", "RUS");
        await page.ClickAsync("#watch-form button[type=submit]");
        await Assertions.Expect(page.Locator("#status")).ToHaveAttributeAsync("data-state", "connected");
        await page.EvaluateAsync("window.loadedOnce = true");

        await dashboard.Client.PostArticle(new { text = MigArticle });

        var arrival = page.Locator(".arrival").Filter(new LocatorFilterOptions { HasText = "MiG-29" });
        await Assertions.Expect(arrival).ToHaveCountAsync(1);
        await Assertions.Expect(arrival).ToHaveClassAsync(new Regex("watched"));
        Assert.True(await page.EvaluateAsync<bool>("window.loadedOnce === true"), "the page was reloaded");
        Assert.Equal("[{\"field\":\"supplier\",\"value\":\"RUS\"}]", await page.EvaluateAsync<string>("localStorage.getItem('armswatch.watchlist')"));
    }
}
