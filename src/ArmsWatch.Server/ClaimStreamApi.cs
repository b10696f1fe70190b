using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using ArmsWatch.Register;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ArmsWatch.Server;

/// <summary>
/// <c>GET /api/stream</c>: Server-Sent Events, one <c>claim</c> event per claim stored, by this server or by any other
/// process writing the same register (<c>armswatch ingest</c>, a watcher).
/// </summary>
/// <remarks>
/// Each connection polls the register for claims with an id above the last it sent, every
/// <see cref="DashboardOptions.PollInterval"/> (and at once when this process stores one, through <see cref="ClaimSignal"/>):
/// the register is the only thing every writer shares, so polling it is what sees them all. A poll is one range scan on
/// the claims' primary key, so a connection costs a few cheap queries a second. Each event's id is the claim's id, so a
/// browser that reconnects sends Last-Event-ID and misses nothing; <c>after</c> does the same for a first connection.
/// Ids are handed out in commit order by SQLite (one writer at a time); with PostgreSQL and concurrent writers a claim
/// committed late with a lower id than one already sent would be missed.
/// </remarks>
public static class ClaimStreamApi
{
    /// <summary>At most this many claims per poll: a bulk ingest is sent in steps, never read whole.</summary>
    public const int BatchSize = 200;

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/stream", Stream)
            .Produces<StoredClaim>(StatusCodes.Status200OK, "text/event-stream")
            .WithTags("live")
            .WithSummary("Server-Sent Events: one 'claim' event (JSON, as in /api/claims) per new claim, whichever process stored it.")
            // A stream lasts as long as the client stays: the request time limit is for requests that end.
            .DisableRequestTimeout();

    private static async Task Stream(
        [FromQuery(Name = "after")] long? after, [FromHeader(Name = "Last-Event-ID")] string? lastEventId,
        RegisterStore store, ClaimSignal signal, DashboardOptions options, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json,
        IHostApplicationLifetime lifetime, HttpContext context)
    {
        // A stream never ends by itself: it ends when the client leaves or the server stops (else stopping waits for the clients).
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var cancel = ending.Token;
        var start = long.TryParse(lastEventId, out var resumed) ? resumed : after ?? store.LatestClaimId();
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        // Proxies such as nginx buffer responses unless told not to, which would hold events back.
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        try
        {
            // Headers go out now, so a browser sees the stream open before the first claim arrives.
            await response.StartAsync(cancel);
            await response.Body.FlushAsync(cancel);
            var serializer = json.Value.SerializerOptions;
            await SseFormatter.WriteAsync(Claims(store, signal, start, options.PollInterval, cancel), response.Body,
                (item, buffer) =>
                {
                    using var writer = new Utf8JsonWriter(buffer);
                    JsonSerializer.Serialize(writer, item.Data, serializer);
                }, cancel);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // The client went away or the server is stopping: the end of every stream.
        }
    }

    private static async IAsyncEnumerable<SseItem<StoredClaim>> Claims(
        RegisterStore store, ClaimSignal signal, long after, TimeSpan interval, [EnumeratorCancellation] CancellationToken cancel)
    {
        while (!cancel.IsCancellationRequested)
        {
            var wake = signal.Next;
            var claims = store.Claims(new ClaimFilter { AfterId = after }, 0, BatchSize);
            foreach (var claim in claims)
            {
                after = claim.Id;
                yield return new SseItem<StoredClaim>(claim, "claim") { EventId = claim.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            }
            if (claims.Count == BatchSize)
                continue;
            await Task.WhenAny(wake, Task.Delay(interval, cancel)).ConfigureAwait(false);
        }
    }
}
