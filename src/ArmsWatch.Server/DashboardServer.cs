using System.Text.Encodings.Web;
using System.Text.Unicode;
using ArmsWatch.Reading;
using ArmsWatch.Register;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
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
        // Warnings and errors only: the host's start-up chatter would bury the one line that says where the dashboard is.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = IngestApi.MaxBodyBytes);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(DocumentIngester.ForPipeline(store, pipeline));
        builder.Services.AddSingleton(new DocumentReader());
        builder.Services.AddSingleton<ClaimSignal>();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(ProductOpenApi.Describe);
        // Article text is shown as written (accents, dashes); HTML-significant characters stay escaped all the same.
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseStatusCodePages();
        app.UseQueryParameterCheck();
        var files = new PhysicalFileProvider(options.WebRoot);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.MapOpenApi();
        RegisterApi.Map(app);
        IngestApi.Map(app, options.ApiKey);
        ClaimStream.Map(app);
        ReferenceApi.Map(app);
        return app;
    }

    /// <summary>Starts listening, tells <paramref name="started"/> the addresses (a port 0 is resolved by then), and serves until cancelled.</summary>
    public static async Task RunAsync(WebApplication app, Action<IReadOnlyList<string>> started, CancellationToken cancel)
    {
        await app.StartAsync(cancel);
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
}
