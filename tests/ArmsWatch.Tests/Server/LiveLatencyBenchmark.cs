using System.Diagnostics;
using ArmsWatch.Register;
using ArmsWatch.Server;
using ArmsWatch.Tests.Register;
using Xunit.Abstractions;
using ArmsWatch.Documents;

namespace ArmsWatch.Tests.Server;

/// <summary>
/// How long a new claim takes to show on the live page: 20 trials each of a POST to the API (the server wakes its
/// streams at once) and of a write by another register instance (found by the 250 ms poll). Prints the figures.
/// </summary>
/// <remarks>Run: ARMSWATCH_BENCH=1 dotnet test -c Release --filter Category=Benchmark --logger "console;verbosity=detailed"</remarks>
[Trait("Category", "Benchmark")]
public sealed class LiveLatencyBenchmark(ChromiumFixture chromium, ITestOutputHelper output) : IClassFixture<ChromiumFixture>
{
    private const int Trials = 20;

    [BenchmarkFact]
    public async Task Post_to_claim_visible_in_the_browser()
    {
        await using var dashboard = await TestDashboard.OnLoopback(pollInterval: new DashboardOptions([]).PollInterval);
        var page = await chromium.NewPage(dashboard.Address);
        await page.GotoAsync("live.html");
        await Microsoft.Playwright.Assertions.Expect(page.Locator("#status")).ToHaveAttributeAsync("data-state", "connected");
        // The browser notes the wall-clock time each arrival is put on the page.
        await page.EvaluateAsync("""
            window.arrivedAt = {};
            new MutationObserver(records => { for (const r of records) for (const n of r.addedNodes) if (n.dataset?.claim) arrivedAt[n.dataset.claim] = Date.now(); })
              .observe(document.getElementById('arrivals'), { childList: true });
            """);

        // A write right after an arrival would always land just after a poll; a random pause spreads the writes over the interval.
        var jitter = new Random(6);
        var posted = new List<double>();
        var stored = new List<double>();
        for (var i = 0; i < Trials; i++)
        {
            var sent = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            var (_, body) = await dashboard.Client.PostArticle(new { text = $"Russia delivered {i + 2} MiG-29 fighters to Syria in {1990 + i}." });
            posted.Add(await ArrivalDelay(page, body.GetProperty("claims")[0].GetProperty("id").GetInt64(), sent));

            await Task.Delay(jitter.Next(250));
            sent = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            using (var other = RegisterStore.Open(new SqliteDialect(dashboard.RegisterFile)))
                RegisterTestData.Store(other, RegisterTestData.OneSentence($"other-{i}", $"Russia delivered {i + 2} Tor systems to Iran in {1990 + i}.", null,
                    RegisterTestData.Claim("RUS", "IRN", "Tor systems", "Tor", WeaponCategory.AirDefence, Stage.Delivery, year: 1990 + i)));
            stored.Add(await ArrivalDelay(page, dashboard.Store.LatestClaimId(), sent));
        }
        output.WriteLine($"POST /api/documents → visible: median {Median(posted):0} ms, max {posted.Max():0} ms (n={Trials}, includes extraction)");
        output.WriteLine($"stored by another register instance → visible: median {Median(stored):0} ms, max {stored.Max():0} ms (n={Trials}, poll every 250 ms)");
    }

    private static async Task<double> ArrivalDelay(Microsoft.Playwright.IPage page, long claimId, long sent)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            var arrived = await page.EvaluateAsync<double?>($"window.arrivedAt['{claimId}'] ?? null");
            if (arrived is { } at)
                return at - sent;
            await Task.Delay(20);
        }
        throw new TimeoutException($"claim {claimId} did not arrive in 10 s");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
    }
}
