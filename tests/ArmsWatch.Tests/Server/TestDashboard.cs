using ArmsWatch.Register;
using ArmsWatch.Server;
using ArmsWatch.Tests.Register;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using ArmsWatch.Documents;

namespace ArmsWatch.Tests.Server;

/// <summary>The dashboard server over a temporary SQLite register holding three made-up documents.</summary>
/// <remarks>In memory (ASP.NET Core's TestServer) for the API tests, or on a free loopback port for a real browser.</remarks>
public sealed class TestDashboard : IAsyncDisposable
{
    private readonly ITestRegister register;
    private readonly WebApplication app;

    private TestDashboard(bool kestrel, string? apiKey, TimeSpan pollInterval, Func<DashboardOptions, DashboardOptions>? adjust = null,
        Action<WebApplicationBuilder>? configure = null, Action<WebApplication>? map = null, ITestRegister? on = null)
    {
        register = on ?? new SqliteTestRegister();
        Store = register.Open();
        RegisterTestData.Store(Store, Documents());
        var options = new DashboardOptions(["http://127.0.0.1:0"], apiKey) { PollInterval = pollInterval };
        Options = adjust?.Invoke(options) ?? options;
        app = DashboardServer.Build(Options, Store, RegisterTestData.Pipeline, builder =>
        {
            if (!kestrel)
                builder.WebHost.UseTestServer();
            configure?.Invoke(builder);
        });
        map?.Invoke(app);
    }

    public DashboardOptions Options { get; }

    /// <summary>The server on a free loopback port with its options adjusted, its host configured and extra endpoints mapped (for probes).</summary>
    /// <param name="on">The register to serve (a fresh SQLite one by default); the dashboard disposes of it.</param>
    /// <param name="checkAddresses">False to start without checking the bound addresses, for the per-connection guard's probe.</param>
    public static async Task<TestDashboard> Custom(Func<DashboardOptions, DashboardOptions>? adjust = null,
        Action<WebApplicationBuilder>? configure = null, Action<WebApplication>? map = null, ITestRegister? on = null, bool checkAddresses = true)
    {
        var dashboard = new TestDashboard(kestrel: true, null, TimeSpan.FromMilliseconds(100), adjust, configure, map, on);
        if (checkAddresses)
            await DashboardServer.StartAsync(dashboard.app);
        else
            await dashboard.app.StartAsync();
        dashboard.Address = new Uri(dashboard.app.Urls.First());
        dashboard.Client = new HttpClient { BaseAddress = dashboard.Address, Timeout = TimeSpan.FromMinutes(2) };
        return dashboard;
    }

    /// <summary>Builds the server as <see cref="Custom"/> would, and starts it: for probes where starting is what fails.</summary>
    public static async Task StartOnly(Action<WebApplicationBuilder> configure)
    {
        var dashboard = new TestDashboard(kestrel: true, null, TimeSpan.FromMilliseconds(100), configure: configure);
        try
        {
            await DashboardServer.StartAsync(dashboard.app);
        }
        finally
        {
            await dashboard.app.DisposeAsync();
            dashboard.Store.Dispose();
            dashboard.register.Dispose();
        }
    }

    /// <summary>The addresses the server listens on.</summary>
    public IReadOnlyList<string> Urls => [.. app.Urls];

    public RegisterStore Store { get; }

    /// <summary>The register's file, for a second <see cref="RegisterStore"/> writing beside the server (as another process would).</summary>
    public string RegisterFile => ((SqliteTestRegister)register).FilePath;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The server's address ("http://127.0.0.1:PORT") when it runs on Kestrel.</summary>
    public Uri Address { get; private set; } = null!;

    public static async Task<TestDashboard> InMemory(string? apiKey = null)
    {
        var dashboard = new TestDashboard(kestrel: false, apiKey, TimeSpan.FromMilliseconds(100));
        await dashboard.app.StartAsync();
        dashboard.Client = dashboard.app.GetTestClient();
        dashboard.Address = dashboard.Client.BaseAddress!;
        return dashboard;
    }

    /// <param name="pollInterval">How often live streams poll the register; by default quicker than the server's, to keep tests short.</param>
    public static async Task<TestDashboard> OnLoopback(string? apiKey = null, TimeSpan? pollInterval = null)
    {
        var dashboard = new TestDashboard(kestrel: true, apiKey, pollInterval ?? TimeSpan.FromMilliseconds(100));
        await DashboardServer.StartAsync(dashboard.app);
        dashboard.Address = new Uri(dashboard.app.Urls.First());
        dashboard.Client = new HttpClient { BaseAddress = dashboard.Address };
        return dashboard;
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        Store.Dispose();
        register.Dispose();
    }

    /// <summary>Two Russian claims on Iran (an S-300 delivery in 2016, a denied Su-35 sale in 2019) and a French sale to India.</summary>
    private static (ArmsWatch.Documents.SourceDocument, DocumentExtraction)[] Documents() =>
    [
        RegisterTestData.OneSentence("s300", "Russia delivered S-300 missiles to Iran.", "2016",
            RegisterTestData.Claim("RUS", "IRN", "S-300 missiles", "S-300", WeaponCategory.AirDefence, Stage.Delivery, year: 2016)),
        RegisterTestData.OneSentence("rafale", "France sold 36 Rafale jets to India for $8.7 billion.", "2016",
            RegisterTestData.Claim("FRA", "IND", "Rafale jets", "Rafale", WeaponCategory.Aircraft, Stage.Agreement, year: 2016, value: 8_700_000_000m, quantity: 36)),
        RegisterTestData.OneSentence("su35", "Russia will not sell Su-35 jets to Iran.", "2019",
            RegisterTestData.Claim("RUS", "IRN", "Su-35 jets", "Su-35", WeaponCategory.Aircraft, Stage.Agreement, Certainty.Denied, year: 2019)),
    ];
}
