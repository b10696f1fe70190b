using ArmsWatch.Register;
using ArmsWatch.Tests.Register;
using ArmsWatch.Documents;

namespace ArmsWatch.Tests.Server;

/// <summary>The live stream sees claims whichever process stores them, and resumes where a client left off.</summary>
public sealed class ClaimStreamTests : IAsyncLifetime
{
    private TestDashboard dashboard = null!;

    public async Task InitializeAsync() => dashboard = await TestDashboard.InMemory();

    public async Task DisposeAsync() => await dashboard.DisposeAsync();

    [Fact]
    public async Task A_claim_stored_by_another_register_instance_arrives_as_a_claim_event()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var stream = await Open("/api/stream", cancel.Token);

        // Another RegisterStore on the same file: what `armswatch ingest` in another process does.
        using (var other = RegisterStore.Open(new SqliteDialect(dashboard.RegisterFile)))
        {
            RegisterTestData.Store(other, RegisterTestData.OneSentence("tor", "Russia delivered Tor missiles to Iran.", "2007",
                RegisterTestData.Claim("RUS", "IRN", "Tor missiles", "Tor", WeaponCategory.AirDefence, Stage.Delivery, year: 2007)));
        }

        var (name, id, data) = await NextEvent(stream, cancel.Token);
        Assert.Equal("claim", name);
        Assert.Equal("4", id);
        Assert.Contains("\"system\":\"Tor\"", data);
    }

    [Fact]
    public async Task A_claim_posted_to_the_API_arrives_on_the_stream()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var stream = await Open("/api/stream", cancel.Token);
        await dashboard.Client.PostArticle(new { text = "Russia delivered eight MiG-29 fighters to Syria in 2021." });
        Assert.Contains("MiG-29", (await NextEvent(stream, cancel.Token)).Data);
    }

    [Fact]
    public async Task A_client_resuming_with_Last_Event_ID_gets_every_claim_after_it()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var stream = await Open("/api/stream", cancel.Token, lastEventId: "1");
        Assert.Equal("2", (await NextEvent(stream, cancel.Token)).Id);
        Assert.Equal("3", (await NextEvent(stream, cancel.Token)).Id);
    }

    [Fact]
    public async Task The_stream_is_served_as_event_stream_before_any_claim_arrives()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/stream");
        using var response = await dashboard.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<StreamReader> Open(string path, CancellationToken cancel, string? lastEventId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (lastEventId is not null)
            request.Headers.Add("Last-Event-ID", lastEventId);
        var response = await dashboard.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel);
        response.EnsureSuccessStatusCode();
        return new StreamReader(await response.Content.ReadAsStreamAsync(cancel));
    }

    /// <summary>Reads lines up to the blank line that ends an event.</summary>
    private static async Task<(string Name, string Id, string Data)> NextEvent(StreamReader stream, CancellationToken cancel)
    {
        var fields = new Dictionary<string, string>();
        while (await stream.ReadLineAsync(cancel) is { } line)
        {
            if (line.Length == 0 && fields.Count > 0)
                break;
            var colon = line.IndexOf(':');
            if (colon > 0)
                fields[line[..colon]] = line[(colon + 1)..].TrimStart();
        }
        return (fields.GetValueOrDefault("event", "message"), fields.GetValueOrDefault("id", ""), fields.GetValueOrDefault("data", ""));
    }
}
