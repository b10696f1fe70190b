namespace ArmsWatch.Tests.Server;

/// <summary>With an API key configured, writes need it in X-Api-Key; reads never do.</summary>
public sealed class ApiKeyTests : IAsyncLifetime
{
    private const string Key = "s3cret-key";
    private static readonly object Article = new { text = "Russia delivered eight MiG-29 fighters to Syria in 2021." };

    private TestDashboard dashboard = null!;

    public async Task InitializeAsync() => dashboard = await TestDashboard.InMemory(Key);

    public async Task DisposeAsync() => await dashboard.DisposeAsync();

    [Theory]
    [InlineData(null)]
    [InlineData("wrong")]
    [InlineData("s3cret-key-and-more")]
    public async Task A_write_without_the_right_key_is_a_401_and_stores_nothing(string? key)
    {
        var (status, body) = await dashboard.Client.PostArticle(Article, key);
        Assert.Equal(401, status);
        Assert.Contains("X-Api-Key", body.GetProperty("detail").GetString());
        Assert.Equal(3, dashboard.Store.CountDocuments(ArmsWatch.Register.ClaimFilter.All).Value);
    }

    [Fact]
    public async Task A_write_with_the_key_is_stored()
    {
        var (status, _) = await dashboard.Client.PostArticle(Article, Key);
        Assert.Equal(201, status);
    }

    [Fact]
    public async Task Reads_need_no_key()
    {
        Assert.Equal(3, (await dashboard.Client.GetJson("/api/claims")).GetProperty("total").GetInt64());
    }
}
