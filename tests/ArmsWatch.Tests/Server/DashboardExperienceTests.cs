using System.Text.RegularExpressions;
using ArmsWatch.Server;
using ArmsWatch.Tests.Register;
using Microsoft.Playwright;

namespace ArmsWatch.Tests.Server;

/// <summary>
/// The dashboard as a newcomer meets it, in Debian's Chromium: names beside codes, titles instead of slugs, the
/// version in the header, a live page that opens with the newest claims and says how to feed it, flows across the page.
/// </summary>
public sealed class DashboardExperienceTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IAsyncLifetime
{
    private TestDashboard dashboard = null!;

    public async Task InitializeAsync() => dashboard = await TestDashboard.OnLoopback();

    public async Task DisposeAsync() => await dashboard.DisposeAsync();

    [Fact]
    public async Task The_live_page_opens_with_the_newest_claims_and_says_how_to_feed_it()
    {
        var page = await chromium.NewPage(dashboard.Address);
        await page.GotoAsync("live.html");

        await Assertions.Expect(page.Locator(".arrival.earlier")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator(".arrival").First).ToContainTextAsync("Su-35");
        await Assertions.Expect(page.Locator("#feeding")).ToContainTextAsync("armswatch ingest FILES --db REGISTER");
        await Assertions.Expect(page.Locator("#feeding")).ToContainTextAsync("POST /api/documents");
        await Assertions.Expect(page.Locator("#status")).ToHaveAttributeAsync("data-state", "connected");

        await dashboard.Client.PostArticle(new { title = "MiG-29s for Syria", text = "Russia delivered eight MiG-29 fighters to Syria in 2021." });
        var arrival = page.Locator(".arrival.new");
        await Assertions.Expect(arrival).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".arrival").First).ToContainTextAsync("MiG-29");
        await Assertions.Expect(page.Locator(".arrival")).ToHaveCountAsync(4);
    }

    [Fact]
    public async Task The_live_page_of_an_empty_register_says_so_and_shows_the_first_claim_when_it_comes()
    {
        using var register = new SqliteTestRegister();
        using var store = register.Open();
        await using var app = DashboardServer.Build(new DashboardOptions(["http://127.0.0.1:0"]) { PollInterval = TimeSpan.FromMilliseconds(100) }, store, RegisterTestData.Pipeline);
        await app.StartAsync();
        var address = new Uri(app.Urls.First());
        try
        {
            var page = await chromium.NewPage(address);
            await page.GotoAsync("live.html");
            await Assertions.Expect(page.Locator("#arrivals .empty")).ToContainTextAsync("The register holds no claim yet");
            await Assertions.Expect(page.Locator("#status")).ToHaveAttributeAsync("data-state", "connected");

            using var client = new HttpClient { BaseAddress = address };
            await client.PostArticle(new { text = "France delivered 26 Rafale jets to India in 2022." });
            await Assertions.Expect(page.Locator(".arrival.new")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator("#arrivals .empty")).ToHaveCountAsync(0);
        }
        finally
        {
            await app.StopAsync();
        }
    }

    [Fact]
    public async Task A_watch_on_a_states_name_matches_its_code()
    {
        var page = await chromium.NewPage(dashboard.Address);
        await page.GotoAsync("live.html");
        await page.SelectOptionAsync("#watch-form select[name=field]", "supplier");
        await page.FillAsync("#watch-form input[name=value]", "france");
        await page.ClickAsync("#watch-form button[type=submit]");
        await Assertions.Expect(page.Locator("#status")).ToHaveAttributeAsync("data-state", "connected");

        await dashboard.Client.PostArticle(new { text = "France delivered 26 Rafale jets to India in 2022." });
        await Assertions.Expect(page.Locator(".arrival.new.watched")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task The_register_shows_names_beside_codes_and_articles_by_title_and_takes_a_name_as_filter()
    {
        var page = await chromium.NewPage(dashboard.Address);
        await page.GotoAsync("index.html");
        var row = page.Locator("table.listing tbody tr").Filter(new LocatorFilterOptions { HasText = "S-300" });
        await Assertions.Expect(row).ToContainTextAsync("Russia RUS");
        await Assertions.Expect(row).ToContainTextAsync("Iran IRN");
        await Assertions.Expect(row).ToContainTextAsync("Title of s300");

        await page.FillAsync("input[name=supplier]", "russia");
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("supplier=russia"));
        await Assertions.Expect(page.Locator("table.listing tbody tr")).ToHaveCountAsync(2);
    }

    [Fact]
    public async Task A_deal_names_its_articles_by_title()
    {
        var page = await chromium.NewPage(dashboard.Address);
        await page.GotoAsync("index.html?view=deals&system=Rafale");
        await page.ClickAsync("table.listing tbody a");
        await Assertions.Expect(page.Locator("ol.timeline .meta a").First).ToHaveTextAsync("Title of rafale");
        await Assertions.Expect(page.Locator(".figures")).ToContainTextAsync("unattributed, Title of rafale");
    }

    [Fact]
    public async Task Every_page_shows_the_products_name_and_version()
    {
        var page = await chromium.NewPage(dashboard.Address);
        foreach (var path in new[] { "index.html", "flows.html", "live.html" })
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page.Locator("header .brand")).ToHaveTextAsync("ArmsWatch");
            await Assertions.Expect(page.Locator("header .version")).ToHaveTextAsync(ProductInfo.Version);
        }
    }

    [Fact]
    public async Task Flows_take_the_pages_width_and_name_the_states()
    {
        var page = await chromium.NewPage(dashboard.Address);
        await page.SetViewportSizeAsync(1400, 900);
        await page.GotoAsync("flows.html");
        var chart = page.Locator("#flows svg");
        await Assertions.Expect(chart).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#flows")).ToContainTextAsync("Russia (RUS) · 2");
        await Assertions.Expect(page.Locator("#flows")).ToContainTextAsync("India (IND) · 1");

        var box = (await page.Locator("#flows").BoundingBoxAsync())!;
        var drawn = (await chart.BoundingBoxAsync())!;
        Assert.True(drawn.Width >= box.Width - 40, $"the chart is {drawn.Width} px wide in a {box.Width} px box");
        var years = (await page.Locator("#years svg").BoundingBoxAsync())!;
        Assert.True(years.Width >= box.Width - 40, $"the year chart is {years.Width} px wide in a {box.Width} px box");

        await page.SetViewportSizeAsync(900, 900);
        await page.WaitForFunctionAsync("() => Math.abs(document.querySelector('#flows svg').getBoundingClientRect().width - document.querySelector('#flows').clientWidth) < 40");
    }
}
