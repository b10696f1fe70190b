using System.Net;
using ArmsWatch.Documents;
using ArmsWatch.Reading;

namespace ArmsWatch.Watching;

/// <summary>
/// GETs feeds and pages politely and safely: one request at a time per host, a time limit on the whole exchange
/// (body included), a size cap enforced while the body streams in, at most <see cref="MaxRedirects"/> redirects,
/// and conditional requests with the validators of the last visit.
/// </summary>
/// <remarks>Every failure (timeout, refused connection, HTTP error, body too big) is an <see cref="InputException"/> naming the URL.</remarks>
public sealed class PageFetcher : IDisposable
{
    public const int MaxRedirects = 5;

    private readonly HttpClient client;
    private readonly HostGate hosts = new();
    private readonly TimeSpan timeout;
    private readonly long maxBytes;

    public PageFetcher(TimeSpan timeout, long maxBytes = DocumentReader.MaxFileBytes)
    {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = MaxRedirects,
            // Decompressed before the cap is applied, so a small gzip bomb is stopped like a big page.
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = timeout,
        };
        // The timeout is ours, per request and including the body; HttpClient's own would stop at the headers.
        client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("ArmsWatch/1.0 (+https://github.com/armswatch)");
    }

    public async Task<HttpPage> GetAsync(Uri url, Validators validators, CancellationToken cancel)
    {
        using var gate = await hosts.EnterAsync(url, cancel).ConfigureAwait(false);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        limit.CancelAfter(timeout);
        try
        {
            return await SendAsync(url, validators, limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            throw new InputException(url.AbsoluteUri, $"no complete answer within {timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            throw new InputException(url.AbsoluteUri, $"request failed ({e.Message})", e);
        }
    }

    private async Task<HttpPage> SendAsync(Uri url, Validators validators, CancellationToken cancel)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (validators.ETag is { } etag)
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        if (validators.LastModified is { } lastModified)
            request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel).ConfigureAwait(false);
        var final = response.RequestMessage?.RequestUri ?? url;
        var newETag = response.Headers.ETag?.ToString();
        var newLastModified = response.Content.Headers.LastModified?.ToString("R");
        if (response.StatusCode == HttpStatusCode.NotModified)
            return new HttpPage(final, true, [], null, newETag ?? validators.ETag, newLastModified ?? validators.LastModified);
        if ((int)response.StatusCode is >= 300 and < 400)
            throw new InputException(url.AbsoluteUri, $"redirected more than {MaxRedirects} times (or without a Location), last answer HTTP {(int)response.StatusCode}");
        if (!response.IsSuccessStatusCode)
            throw new InputException(url.AbsoluteUri, $"answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
        var body = await ReadCappedAsync(url, response.Content, cancel).ConfigureAwait(false);
        return new HttpPage(final, false, body, response.Content.Headers.ContentType?.MediaType, newETag, newLastModified);
    }

    private async Task<byte[]> ReadCappedAsync(Uri url, HttpContent content, CancellationToken cancel)
    {
        if (content.Headers.ContentLength is { } declared && declared > maxBytes)
            throw TooBig(url);
        await using var stream = await content.ReadAsStreamAsync(cancel).ConfigureAwait(false);
        using var body = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancel).ConfigureAwait(false)) > 0)
        {
            // Checked as it streams: a server that lies about (or omits) the length is cut off at the cap, not after.
            if (body.Length + read > maxBytes)
                throw TooBig(url);
            body.Write(buffer, 0, read);
        }
        return body.ToArray();
    }

    private InputException TooBig(Uri url) =>
        new(url.AbsoluteUri, $"is over the {maxBytes / (1024 * 1024.0):0.##} MB limit");

    public void Dispose() => client.Dispose();
}
