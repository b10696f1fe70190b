using System.Data.Common;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using ArmsWatch.Reading;
using ArmsWatch.Register;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace ArmsWatch.Server;

/// <summary>The HTTP API, the live stream and the dashboard's pages, over one register.</summary>
public static class DashboardServer
{
    /// <summary>Builds the server over an open register; <paramref name="configure"/> lets a host (or a test) adjust it first.</summary>
    /// <exception cref="InvalidOperationException">It would listen beyond loopback without an API key (see <see cref="ListenPolicy"/>).</exception>
    public static WebApplication Build(DashboardOptions options, RegisterStore store, ArmsWatchPipeline pipeline, Action<WebApplicationBuilder>? configure = null)
    {
        ListenPolicy.Check(options.Urls, options.ApiKey);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // --urls is the only say in where the server listens: an appsettings.json beside the program or a
            // Kestrel__Endpoints__* variable would otherwise add endpoints of their own, unchecked.
            kestrel.Configure(new ConfigurationBuilder().Build(), reloadOnChange: false);
            kestrel.Limits.MaxRequestBodySize = IngestApi.MaxBodyBytes;
        });
        // Warnings and errors only: the host's start-up chatter would bury the one line that says where the dashboard is.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // A failure to start (a bad or busy address) is reported by the caller in one line, not as a logged stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(pipeline);
        builder.Services.AddSingleton(DocumentIngester.ForPipeline(store, pipeline));
        builder.Services.AddSingleton(new DocumentReader());
        builder.Services.AddSingleton<IngestGate>();
        builder.Services.AddSingleton<ClaimSignal>();
        builder.Services.AddSingleton<ResponseCache>();
        builder.Services.AddProblemDetails();
        builder.Services.AddRequestTimeouts(timeouts => timeouts.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = options.RequestTimeout,
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            WriteTimeoutResponse = context => Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Timed out",
                detail: $"the request took over {options.RequestTimeout.TotalSeconds:0} s and was stopped; try again later").ExecuteAsync(context),
        });
        builder.Services.AddOpenApi(ProductOpenApi.Describe);
        // Article text is shown as written (accents, dashes); HTML-significant characters stay escaped all the same.
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseSecurityHeaders(options);
        app.UseLoopbackGuard(options.ApiKey);
        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = StatusOf });
        app.UseStatusCodePages();
        app.UseQueryParameterCheck();
        app.UseRequestTimeouts();
        var files = new PhysicalFileProvider(options.WebRoot);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        if (options.ResponseCacheBytes > 0)
        {
            var cache = app.Services.GetRequiredService<ResponseCache>();
            app.UseWhen(ResponseCache.Applies, branch => branch.Use((context, next) => cache.InvokeAsync(context, () => next(context))));
        }
        app.MapOpenApi();
        RegisterApi.Map(app);
        IngestApi.Map(app, options.ApiKey);
        ClaimStreamApi.Map(app);
        ReferenceApi.Map(app);
        return app;
    }

    /// <summary>Starts listening and checks the addresses actually bound against the listen rule.</summary>
    /// <exception cref="InvalidOperationException">The server bound an address beyond loopback without an API key; it is stopped again.</exception>
    public static async Task StartAsync(WebApplication app, CancellationToken cancel = default)
    {
        await app.StartAsync(cancel);
        var options = app.Services.GetRequiredService<DashboardOptions>();
        try
        {
            ListenPolicy.Check(app.Urls, options.ApiKey);
        }
        catch (InvalidOperationException)
        {
            await app.StopAsync(CancellationToken.None);
            throw;
        }
    }

    /// <summary>Starts listening, tells <paramref name="started"/> the addresses (a port 0 is resolved by then), and serves until cancelled.</summary>
    public static async Task RunAsync(WebApplication app, Action<IReadOnlyList<string>> started, CancellationToken cancel)
    {
        await StartAsync(app, cancel);
        started([.. app.Urls]);
        try
        {
            await Task.Delay(Timeout.Infinite, cancel);
        }
        catch (OperationCanceledException)
        {
            // Cancellation (Ctrl+C) is how a server is meant to end.
        }
        await app.StopAsync(CancellationToken.None);
    }

    /// <summary>
    /// The status of a response to an exception: a bad request keeps its own (413 for a body over the cap), a register
    /// too busy to answer in time is 503 (with Retry-After), anything else 500.
    /// </summary>
    private static int StatusOf(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        DbException db when IsBusy(db) => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>SQLite's "database is locked/busy" after its busy timeout, PostgreSQL's lock timeout or connection limit.</summary>
    public static bool IsBusy(DbException exception) => exception switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6,
        Npgsql.PostgresException postgres => postgres.SqlState is "55P03" or "53300" or "57014",
        Npgsql.NpgsqlException { InnerException: TimeoutException } => true,
        _ => false,
    };
}
