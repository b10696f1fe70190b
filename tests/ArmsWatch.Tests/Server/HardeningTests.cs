using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using ArmsWatch.Register;
using ArmsWatch.Server;
using ArmsWatch.Tests.Register;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ArmsWatch.Tests.Server;

/// <summary>
/// Issue #20's probes of the server, each kept as a test: nothing a stranger sends can hang, bloat or open it.
/// </summary>
public sealed class HardeningTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const string Sentence = "Russia delivered eight MiG-29 fighters and S-300 missiles to Syria in 2021, the ministry said. ";

    /// <summary><paramref name="count"/> sentences that each tell a claim of their own (a sentence repeated word for word
    /// tells its claim once).</summary>
    private static string Sentences(int count) =>
        string.Concat(Enumerable.Range(0, count).Select(i => Sentence.Replace("2021", (1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture))));

    /// <summary>An article that takes the pipeline a good part of a second; <see cref="ExtractionProbe"/> reads it over and over.</summary>
    private static readonly string LongArticle = string.Concat(Enumerable.Repeat(Sentence, 1_000));

    [Theory]
    [InlineData("doc", "name (doc)")]
    [InlineData("title", "title")]
    [InlineData("url", "URL")]
    public async Task An_oversized_name_title_or_url_is_a_400_and_nothing_is_stored(string field, string named)
    {
        await using var dashboard = await TestDashboard.InMemory();
        var huge = new string('x', 100_000);
        var article = new Dictionary<string, string> { ["text"] = Sentence };
        article[field] = field == "url" ? "https://example.org/" + huge : huge;

        var (status, body) = await dashboard.Client.PostArticle(article);

        Assert.Equal(400, status);
        Assert.Contains(named, body.GetProperty("detail").GetString());
        Assert.Equal(3, dashboard.Store.CountDocuments(ClaimFilter.All).Value);
    }

    [Fact]
    public async Task Listings_do_not_repeat_a_documents_title_and_url_claim_after_claim()
    {
        await using var dashboard = await TestDashboard.InMemory();
        var title = "T" + new string('t', RegisterLimits.MaxTitleLength - 1);
        var url = "https://example.org/" + new string('u', RegisterLimits.MaxUrlLength - 100);
        var (status, posted) = await dashboard.Client.PostArticle(new { text = Sentences(40), title, url });
        Assert.Equal(201, status);
        var claims = posted.GetProperty("claims_total").GetInt32();
        Assert.True(claims >= 40, $"{claims} claims");

        foreach (var path in new[] { "/api/claims?page_size=500", "/api/deals?page_size=500", "/api/documents", $"/api/documents/{posted.GetProperty("document_id")}" })
        {
            using var response = await dashboard.Client.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            // Each document's URL and title appear at most once in any answer, however many claims it has.
            Assert.True(Count(body, title) <= 1, $"{path} repeats the title");
            Assert.True(Count(body, url) <= 1, $"{path} repeats the URL");
        }
    }

    [Fact]
    public async Task A_post_answers_with_at_most_500_claims_and_says_how_many_there_are()
    {
        await using var dashboard = await TestDashboard.InMemory();
        var (status, posted) = await dashboard.Client.PostArticle(new { text = Sentences(300) });

        Assert.Equal(201, status);
        Assert.Equal(IngestApi.ClaimsShown, posted.GetProperty("claims").GetArrayLength());
        Assert.True(posted.GetProperty("claims_total").GetInt32() > IngestApi.ClaimsShown);
    }

    [Fact]
    public async Task A_request_over_the_time_limit_stops_its_extraction_and_is_answered_503()
    {
        var extraction = new ExtractionProbe();
        await using var dashboard = await TestDashboard.Custom(options => options with { RequestTimeout = TimeSpan.FromSeconds(1) }, extraction.Install);

        var clock = Stopwatch.StartNew();
        using var response = await dashboard.Client.PostAsJsonAsync("/api/documents", new { text = LongArticle });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(6), $"answered after {clock.Elapsed}");
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.True(await Finishes(extraction.Ended, ExtractionProbe.StopsWithin), "the extraction went on after the request timed out");
        Assert.Equal(3, dashboard.Store.CountDocuments(ClaimFilter.All).Value);
        var (status, _) = await dashboard.Client.PostArticle(new { text = Sentence });
        Assert.Equal(201, status);
    }

    [Fact]
    public async Task A_client_that_goes_away_stops_the_work_it_asked_for()
    {
        var extraction = new ExtractionProbe();
        await using var dashboard = await TestDashboard.Custom(configure: extraction.Install);
        using var impatient = new CancellationTokenSource();
        // The client gives up once the server is busy extracting for it.
        _ = Task.Run(async () =>
        {
            await Finishes(extraction.Started, TimeSpan.FromSeconds(30));
            await Task.Delay(300);
            await impatient.CancelAsync();
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dashboard.Client.PostAsJsonAsync("/api/documents", new { text = LongArticle }, impatient.Token));

        Assert.True(extraction.Started.IsCompleted, "the extraction never started");
        Assert.True(await Finishes(extraction.Ended, ExtractionProbe.StopsWithin), "the server kept extracting after the client left");
        Assert.Equal(3, dashboard.Store.CountDocuments(ClaimFilter.All).Value);
    }

    [Fact]
    public async Task Past_the_queue_a_post_is_turned_away_at_once_with_503_and_retry_after()
    {
        using var release = new ManualResetEventSlim();
        using var started = new ManualResetEventSlim();
        await using var dashboard = await TestDashboard.Custom(options => options with { IngestSlots = 1, IngestQueue = 0 }, builder =>
            builder.Services.AddSingleton(provider => new DocumentIngester(provider.GetRequiredService<RegisterStore>(), (document, _) =>
            {
                started.Set();
                release.Wait(TimeSpan.FromSeconds(30), CancellationToken.None);
                return new DocumentExtraction([], new ArmsWatch.Extraction.DocumentClaims { Doc = document.Id });
            })));

        var first = dashboard.Client.PostAsJsonAsync("/api/documents", new { text = "First article." });
        Assert.True(started.Wait(TimeSpan.FromSeconds(10)));
        using var second = await dashboard.Client.PostAsJsonAsync("/api/documents", new { text = "Second article." });
        release.Set();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), second.Headers.RetryAfter!.Delta);
        Assert.True(second.Headers.Contains("Content-Security-Policy"));
        Assert.Equal(HttpStatusCode.Created, (await first).StatusCode);
    }

    [Fact]
    public async Task A_register_locked_by_another_writer_past_the_busy_timeout_is_a_503_not_a_500()
    {
        await using var dashboard = await TestDashboard.Custom(on: new SqliteTestRegister(busyTimeout: TimeSpan.FromSeconds(1)));
        using var other = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={dashboard.RegisterFile}");
        other.Open();
        using (var lockIt = other.CreateCommand())
        {
            lockIt.CommandText = "BEGIN IMMEDIATE";
            lockIt.ExecuteNonQuery();
        }

        using var response = await dashboard.Client.PostAsJsonAsync("/api/documents", new { text = Sentence });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task Twenty_eight_large_posts_at_once_are_stored_or_turned_away_never_failed()
    {
        await using var dashboard = await TestDashboard.Custom();
        var articles = Enumerable.Range(0, 28).Select(i => $"Article {i}. " + string.Concat(Enumerable.Repeat(Sentence, 150))).ToList();

        var responses = await Task.WhenAll(articles.Select(text => dashboard.Client.PostAsJsonAsync("/api/documents", new { text })));

        output.WriteLine($"28 posts: {responses.Count(response => response.StatusCode == HttpStatusCode.Created)} stored, "
            + $"{responses.Count(response => response.StatusCode == HttpStatusCode.ServiceUnavailable)} turned away with 503");
        Assert.All(responses, response => Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.ServiceUnavailable }));
        Assert.All(responses.Where(response => response.StatusCode == HttpStatusCode.ServiceUnavailable), response => Assert.NotNull(response.Headers.RetryAfter));
        Assert.Equal(3 + responses.Count(response => response.StatusCode == HttpStatusCode.Created), dashboard.Store.CountDocuments(ClaimFilter.All).Value);
        foreach (var response in responses)
            response.Dispose();
    }

    [Fact]
    public async Task A_cold_server_on_PostgreSQL_takes_a_first_burst_of_16_posts_and_loses_none()
    {
        await using var dashboard = await TestDashboard.Custom(on: new PostgresTestRegister());
        var articles = Enumerable.Range(0, 16).Select(i => $"Burst article {i}. " + string.Concat(Enumerable.Repeat(Sentence, 20))).ToList();

        var clock = Stopwatch.StartNew();
        var responses = await Task.WhenAll(articles.Select(text => dashboard.Client.PostAsJsonAsync("/api/documents", new { text })));

        output.WriteLine($"16 posts to a cold server on PostgreSQL: {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Created, response.StatusCode));
        Assert.Equal(3 + 16, dashboard.Store.CountDocuments(ClaimFilter.All).Value);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        foreach (var response in responses)
            response.Dispose();
    }

    [Theory]
    [InlineData("/api/claims")]
    [InlineData("/api/deals")]
    [InlineData("/api/documents")]
    [InlineData("/api/flows")]
    public async Task A_control_character_in_any_filter_is_a_400_with_the_security_headers(string endpoint)
    {
        await using var dashboard = await TestDashboard.InMemory();
        foreach (var name in new[] { "supplier", "recipient", "system", "category", "stage", "certainty", "text" })
        {
            foreach (var value in new[] { "%00", "S-300%00", "%1b[2K", "RUS%0aIRN" })
            {
                using var response = await dashboard.Client.GetAsync($"{endpoint}?{name}={value}");
                Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{endpoint}?{name}={value}: {(int)response.StatusCode}");
                Assert.Contains("control characters", await response.Content.ReadAsStringAsync());
                AssertSecurityHeaders(response);
            }
        }
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers_errors_included()
    {
        await using var dashboard = await TestDashboard.Custom(map: app => app.MapGet("/api/fails", string () => throw new InvalidOperationException("a bug")));
        // Over the cap, Kestrel closes the connection as it answers; in memory the answer itself can be read.
        await using var inMemory = await TestDashboard.InMemory();

        using var failed = await dashboard.Client.GetAsync("/api/fails");
        using var missing = await dashboard.Client.GetAsync("/no-such-page");
        using var bad = await dashboard.Client.GetAsync("/api/claims?page=0");
        using var tooLarge = await inMemory.Client.PostAsync("/api/documents",
            new StringContent(JsonSerializer.Serialize(new { text = new string('a', IngestApi.MaxBodyBytes) }), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.DoesNotContain("a bug", await failed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        foreach (var response in new[] { failed, missing, bad, tooLarge })
            AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Kestrel_endpoints_from_configuration_are_not_listened_on()
    {
        var port = FreePort();
        // As an appsettings.json beside the program or Kestrel__Endpoints__Open__Url in the environment would.
        await using var dashboard = await TestDashboard.Custom(configure: builder => builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?> { ["Kestrel:Endpoints:Open:Url"] = $"http://0.0.0.0:{port}" }));

        Assert.All(dashboard.Urls, url => Assert.True(ListenPolicy.IsLoopback(url), url));
        Assert.DoesNotContain(dashboard.Urls, url => url.EndsWith($":{port}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_server_that_bound_beyond_loopback_without_a_key_stops_and_says_why()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            TestDashboard.StartOnly(builder => builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenAnyIP(0))));

        Assert.Contains("--api-key", error.Message);
    }

    [Fact]
    public async Task Without_a_key_a_connection_to_an_address_beyond_loopback_is_refused()
    {
        var address = NetworkInterface.GetAllNetworkInterfaces()
            .Where(card => card.OperationalStatus == OperationalStatus.Up)
            .SelectMany(card => card.GetIPProperties().UnicastAddresses)
            .Select(unicast => unicast.Address)
            .FirstOrDefault(ip => ip.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(ip));
        if (address is null)
            return;   // No network address on this machine: nothing can reach it from elsewhere either.
        await using var dashboard = await TestDashboard.Custom(configure: builder => builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(address, 0)),
            checkAddresses: false);
        var bound = new Uri(dashboard.Urls[0]);
        using var client = new HttpClient { BaseAddress = bound };

        var refused = false;
        try
        {
            using var response = await client.GetAsync("/api/claims");
            refused = response.StatusCode == HttpStatusCode.Forbidden;
        }
        catch (HttpRequestException)
        {
            refused = true;
        }

        Assert.True(refused, $"{bound} answered without a key");
    }

    [Fact]
    public async Task A_repeated_read_is_answered_from_memory_until_the_register_changes()
    {
        await using var dashboard = await TestDashboard.InMemory();
        const string path = "/api/claims?supplier=FRA";
        var first = await dashboard.Client.GetStringAsync(path);
        // Changed behind the register's back (no document stored): the kept answer still stands.
        using (var connection = dashboard.Store.Dialect.Open())
        using (var change = ArmsWatch.Register.ParameterisedCommand.Create(connection, null, "UPDATE claims SET item = 'changed jets' WHERE supplier = 'FRA'"))
            change.ExecuteNonQuery();

        using var cached = await dashboard.Client.GetAsync(path);
        Assert.Equal(first, await cached.Content.ReadAsStringAsync());
        AssertSecurityHeaders(cached);

        var (status, _) = await dashboard.Client.PostArticle(new { text = "Germany delivered Leopard 2 tanks to Ukraine in 2023." });
        Assert.Equal(201, status);
        Assert.Contains("changed jets", await dashboard.Client.GetStringAsync(path));
    }

    [Fact]
    public async Task Concurrent_reads_of_one_page_get_the_same_answer()
    {
        await using var dashboard = await TestDashboard.InMemory();

        var answers = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => dashboard.Client.GetStringAsync("/api/deals?recipient=IRN")));

        Assert.Single(answers.Distinct());
        Assert.Contains("RUS-IRN-s-300-2016", answers[0]);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.Contains("script-src 'self'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    /// <summary>Whether the task completes within <paramref name="limit"/>, waiting without holding a thread.</summary>
    private static async Task<bool> Finishes(Task task, TimeSpan limit) =>
        await Task.WhenAny(task, Task.Delay(limit)) == task;

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
            count++;
        return count;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// The real pipeline behind the server's ingester, run on the first posted article again and again until the server cancels
    /// it (for at most a minute), telling when it starts and when it ends. An extraction that is never stopped then runs a
    /// minute, while one that is stopped ends within seconds even on a loaded two-core machine; the tests await these
    /// tasks instead of blocking a thread, which could starve the server of the thread that notices a client has gone.
    /// </summary>
    private sealed class ExtractionProbe
    {
        private static readonly TimeSpan Unstopped = TimeSpan.FromMinutes(1);
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>How long a test waits for a stopped extraction to end: far below <see cref="Unstopped"/>.</summary>
        public static readonly TimeSpan StopsWithin = TimeSpan.FromSeconds(20);

        public Task Started => _started.Task;

        public Task Ended => _ended.Task;

        public void Install(WebApplicationBuilder builder) =>
            builder.Services.AddSingleton(provider => new DocumentIngester(provider.GetRequiredService<RegisterStore>(), (document, cancel) =>
            {
                // Only the first extraction is the probe's; later posts are extracted once, as usual.
                if (!_started.TrySetResult())
                    return DocumentExtraction.Run(RegisterTestData.Pipeline, document, cancel);
                try
                {
                    var clock = Stopwatch.StartNew();
                    var extraction = DocumentExtraction.Run(RegisterTestData.Pipeline, document, cancel);
                    while (clock.Elapsed < Unstopped)
                        extraction = DocumentExtraction.Run(RegisterTestData.Pipeline, document, cancel);
                    return extraction;
                }
                finally
                {
                    _ended.TrySetResult();
                }
            }));
    }
}
