using System.Collections.Concurrent;
using ArmsWatch.Register;

namespace ArmsWatch.Server;

/// <summary>
/// Answers a repeated read of the API from memory for as long as the register has not changed: the register's version
/// is the number of documents stored (every change to claims, deals and tallies comes with a document, in its
/// transaction), read with one single-row query per request. While an answer is being computed, the same request
/// arriving meanwhile waits for it rather than computing it again, so a change of version under heavy load costs one
/// computation per distinct request, not one per client.
/// </summary>
/// <remarks>
/// Only successful answers of <c>GET /api/…</c> (the live stream excepted) are kept, each of at most
/// <see cref="MaxEntryBytes"/>, all of them within <see cref="DashboardOptions.ResponseCacheBytes"/>; past the budget the
/// cache is emptied and fills again. Answers are the same bytes the endpoint wrote; the security headers are added as
/// each response starts, cached or not.
/// </remarks>
public sealed class ResponseCache(RegisterStore store, DashboardOptions options)
{
    /// <summary>Larger answers (a page of 500 claims with long evidence) are computed each time.</summary>
    public const int MaxEntryBytes = 1024 * 1024;

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private long bytes;

    private sealed record Entry(long Version, Task<Answer?> Answer);

    private sealed record Answer(string ContentType, byte[] Body);

    public static bool Applies(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method) && context.Request.Path.StartsWithSegments("/api")
        && !context.Request.Path.StartsWithSegments("/api/stream");

    public async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        var version = store.Version();
        var key = context.Request.Path.Value + context.Request.QueryString.Value;
        var mine = new TaskCompletionSource<Answer?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var entry = entries.AddOrUpdate(key, _ => new Entry(version, mine.Task),
            (_, existing) => existing.Version >= version ? existing : new Entry(version, mine.Task));
        if (entry.Answer != mine.Task)
        {
            // Another request computes (or has computed) this answer for this version of the register.
            var answer = await entry.Answer.WaitAsync(context.RequestAborted).ConfigureAwait(false);
            if (answer is not null)
            {
                context.Response.ContentType = answer.ContentType;
                context.Response.ContentLength = answer.Body.Length;
                await context.Response.Body.WriteAsync(answer.Body, context.RequestAborted).ConfigureAwait(false);
                return;
            }
            await next().ConfigureAwait(false);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        Answer? computed = null;
        try
        {
            await next().ConfigureAwait(false);
            if (context.Response.StatusCode == StatusCodes.Status200OK && buffer.Length <= MaxEntryBytes)
                computed = new Answer(context.Response.ContentType ?? "application/json", buffer.ToArray());
        }
        finally
        {
            context.Response.Body = original;
            mine.TrySetResult(computed);
            if (computed is null)
                entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            else if (Interlocked.Add(ref bytes, computed.Body.Length) > options.ResponseCacheBytes)
            {
                entries.Clear();
                Interlocked.Exchange(ref bytes, 0);
            }
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted).ConfigureAwait(false);
    }
}
