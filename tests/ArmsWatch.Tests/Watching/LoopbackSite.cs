using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ArmsWatch.Tests.Watching;

/// <summary>
/// A web site on 127.0.0.1 (Kestrel, port chosen by the system) whose pages a test defines, good or deliberately broken;
/// it counts the requests each path gets and the most requests it ever had in flight at once.
/// </summary>
public sealed class LoopbackSite : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, RequestDelegate> pages = new();
    private readonly ConcurrentDictionary<string, int> hits = new();
    private int inFlight;
    private int maxInFlight;

    private LoopbackSite(WebApplication app) => this.app = app;

    public static async Task<LoopbackSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var site = new LoopbackSite(builder.Build());
        site.app.Run(site.ServeAsync);
        await site.app.StartAsync();
        return site;
    }

    public Uri Root => new(app.Urls.Single());

    public int MaxInFlight => maxInFlight;

    public Uri Url(string path) => new(Root, path);

    public void Serve(string path, RequestDelegate page) => pages[path] = page;

    public void Serve(string path, string body, string contentType = "text/html; charset=utf-8") =>
        Serve(path, context => Send(context, body, contentType));

    public int Hits(string path) => hits.GetValueOrDefault(path);

    public static async Task Send(HttpContext context, string body, string contentType)
    {
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(body);
    }

    private async Task ServeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value!;
        hits.AddOrUpdate(path, 1, (_, n) => n + 1);
        var now = Interlocked.Increment(ref inFlight);
        InterlockedMax(ref maxInFlight, now);
        try
        {
            if (pages.TryGetValue(path, out var page))
                await page(context);
            else
                context.Response.StatusCode = 404;
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }

    public async ValueTask DisposeAsync()
    {
        // Pages that never finish (the timeout tests' hanging answers) are abandoned rather than waited for.
        using var abandon = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await app.StopAsync(abandon.Token);
        await app.DisposeAsync();
    }
}
