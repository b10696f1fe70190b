using System.Text.Json;
using ArmsWatch.Documents;
using ArmsWatch.Reading;
using ArmsWatch.Register;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ArmsWatch.Server;

/// <summary><c>POST /api/documents</c>: reads, extracts and stores one article, as <c>armswatch ingest</c> does for a file.</summary>
/// <remarks>
/// The body is read first, asynchronously and capped; then the article waits (asynchronously) for an
/// <see cref="IngestGate"/> slot and is read and extracted on a worker thread with the request's cancellation, which
/// fires when the client goes or the request times out: the pipeline stops within a sentence and nothing is stored.
/// </remarks>
public static class IngestApi
{
    /// <summary>No article comes near this; a larger body is refused before it is read, so it cannot fill the memory.</summary>
    public const int MaxBodyBytes = 5 * 1024 * 1024;

    /// <summary>Claims returned with the answer; a long article's others are in <c>/api/documents/{id}</c>.</summary>
    public const int ClaimsShown = 500;

    public static void Map(IEndpointRouteBuilder app, string? apiKey) =>
        app.MapPost("/api/documents", Ingest)
            .AddEndpointFilter(new ApiKeyFilter(apiKey))
            .Accepts<ArticleRequest>("application/json")
            .WithTags("register")
            .WithSummary("Ingest one article: JSON {url, title, published, text} or {html}; returns the document id and its claims.");

    private static async Task<Results<Created<IngestResult>, Ok<IngestResult>, ProblemHttpResult>> Ingest(
        HttpRequest request, IngestGate gate, DocumentIngester ingester, DocumentReader reader, RegisterStore store, ClaimSignal signal, DashboardOptions options)
    {
        var cancel = request.HttpContext.RequestAborted;
        if (request.ContentLength > MaxBodyBytes)
            return TooLarge();
        byte[]? body;
        try
        {
            body = await ReadCapped(request.Body, cancel);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }
        if (body is null)
            return TooLarge();
        if (body.Length == 0)
            return Bad("the body is empty: send JSON {\"url\", \"title\", \"published\", \"text\"} or {\"html\"}");

        ArticleRequest? article;
        try
        {
            article = JsonSerializer.Deserialize<ArticleRequest>(body);
        }
        catch (JsonException e)
        {
            return Bad(ArticleJsonError.Describe(e));
        }
        if (article is null)
            return Bad("the body is JSON null: send an object {\"text\"} or {\"html\"}");

        using var slot = await gate.EnterAsync(cancel);
        if (slot is null)
            return Busy(options, "the server is extracting as many articles as it can take; try again shortly");
        IngestOutcome outcome;
        try
        {
            // Reading a page and extracting are CPU work: off the request thread, and stopped when the request is.
            outcome = await Task.Run(() => ingester.Ingest(Read(article, reader), cancel), cancel);
        }
        catch (InputException e)
        {
            return Bad(e.Message);
        }
        if (outcome.Take == DocumentTake.HeldByAnotherWorker)
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Being stored",
                detail: "another worker is storing this article right now; try again in a moment");
        var id = store.DocumentId(ContentHash.Of(outcome.Document.Text))
            ?? throw new InvalidOperationException($"document {outcome.Document.Id} was ingested ({outcome.Take}) but is not in the register");
        if (outcome.Stored)
            signal.Pulse();
        var claims = store.Claims(new ClaimFilter { DocumentId = id }, 0, ClaimsShown + 1);
        var total = claims.Count <= ClaimsShown ? claims.Count : (int)store.CountClaims(new ClaimFilter { DocumentId = id }).Value;
        var result = new IngestResult(id, outcome.Stored, claims.Take(ClaimsShown).ToList(), total);
        return outcome.Stored ? TypedResults.Created($"/api/documents/{id}", result) : TypedResults.Ok(result);
    }

    /// <summary>503 with Retry-After: the register or the extraction is saturated, and the client is to come back.</summary>
    public static ProblemHttpResult Busy(DashboardOptions options, string detail)
    {
        return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Busy", detail: detail,
            extensions: new Dictionary<string, object?> { ["retry_after_seconds"] = (int)options.RetryAfter.TotalSeconds });
    }

    /// <exception cref="InputException">The article has no text, both text and HTML, a URL that is not http(s) or a date that cannot be read.</exception>
    private static SourceDocument Read(ArticleRequest article, DocumentReader reader)
    {
        var hasText = !string.IsNullOrWhiteSpace(article.Text);
        var hasHtml = !string.IsNullOrWhiteSpace(article.Html);
        if (hasText == hasHtml)
            throw new InputException("article", hasText ? "give \"text\" or \"html\", not both" : "\"text\" is empty (give the article's text, or the page in \"html\")");
        // The dashboard turns the URL into a link: only web addresses, never javascript: or data:.
        if (article.Url is { Length: > 0 } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
            throw new InputException("article", $"\"url\" must be an absolute http or https address, not '{url}'");
        PublicationDate? published = null;
        if (!string.IsNullOrWhiteSpace(article.Published))
            published = PublicationDate.Parse(article.Published) ?? throw new InputException("article", $"\"published\" '{article.Published}' is not YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 date");
        var content = hasText ? article.Text! : article.Html!;
        var doc = string.IsNullOrWhiteSpace(article.Doc) ? "api-" + ContentHash.Of(content)[..12] : article.Doc.Trim();
        return hasText
            ? reader.FromText(doc, content, article.Title, article.Url, published, origin: "article")
            : reader.FromHtml(doc, content, article.Url, article.Title, published, origin: "article");
    }

    /// <summary>The body, or null when it is longer than <see cref="MaxBodyBytes"/> (a chunked body has no length to check first).</summary>
    private static async Task<byte[]?> ReadCapped(Stream body, CancellationToken cancel)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancel)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static ProblemHttpResult Bad(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad article", detail: detail);

    private static ProblemHttpResult TooLarge() =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Article too large",
            detail: $"the body is over {MaxBodyBytes / (1024 * 1024)} MB");
}
