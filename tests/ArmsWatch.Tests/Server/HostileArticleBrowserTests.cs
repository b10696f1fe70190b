using Microsoft.Playwright;

namespace ArmsWatch.Tests.Server;

/// <summary>Article text and fields are untrusted: markup in them is shown as text on every page and never runs.</summary>
public sealed class HostileArticleBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IAsyncLifetime
{
    private const string Script = "<script>window.pwned = 'script'</script>";
    private const string Image = "<img src=x onerror=\"window.pwned = 'img'; alert('img')\">";
    private static readonly string Text =
        $"{Script} Russia delivered eight MiG-29 fighters to Syria in 2021, the ministry said {Image}.";

    private TestDashboard dashboard = null!;

    public async Task InitializeAsync() => dashboard = await TestDashboard.OnLoopback();

    public async Task DisposeAsync() => await dashboard.DisposeAsync();

    [Fact]
    public async Task Markup_in_an_article_runs_on_no_page()
    {
        var live = await Open("live.html");
        await Assertions.Expect(live.Page.Locator("#status")).ToHaveAttributeAsync("data-state", "connected");
        var (status, posted) = await dashboard.Client.PostArticle(new { text = Text, title = $"Jets {Script}{Image}", url = "https://example.org/jets" });
        Assert.Equal(201, status);
        await Assertions.Expect(live.Page.Locator(".arrival blockquote").First).ToContainTextAsync(Image);
        var id = posted.GetProperty("document_id").GetInt64();

        var article = await Open($"article.html?id={id}");
        await Assertions.Expect(article.Page.Locator("article h1")).ToHaveTextAsync($"Jets {Script}{Image}");
        await Assertions.Expect(article.Page.Locator("#claims-view")).ToContainTextAsync(Script);
        await Assertions.Expect(article.Page.Locator("article img, article script")).ToHaveCountAsync(0);

        var register = await Open("index.html?system=MiG-29");
        await Assertions.Expect(register.Page.Locator("table.listing tbody tr")).ToHaveCountAsync(1);
        var deal = await Open($"deal.html?id={Uri.EscapeDataString((await dashboard.Client.GetJson("/api/deals?system=MiG-29")).Items().First().GetProperty("id").GetString()!)}");
        await Assertions.Expect(deal.Page.Locator("ol.timeline blockquote")).ToContainTextAsync(Image);

        foreach (var (page, dialogs) in new[] { live, article, register, deal })
        {
            Assert.Null(await page.EvaluateAsync<string?>("window.pwned ?? null"));
            Assert.Empty(dialogs);
        }
    }

    /// <summary>Opens a page in a fresh context, recording every dialog (alert, confirm) it raises.</summary>
    private async Task<(IPage Page, List<string> Dialogs)> Open(string path)
    {
        var page = await chromium.NewPage(dashboard.Address);
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        await page.GotoAsync(path);
        return (page, dialogs);
    }
}
