using System.Text.Json;
using ArmsWatch.Documents;
using ArmsWatch.Reading;
using ArmsWatch.Register;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ArmsWatch.Server;

/// <summary><c>POST /api/documents</c>: reads, extracts and stores one article, as <c>armswatch ingest</c> does for a file.</summary>
public static class IngestApi
{
    /// <summary>No article comes near this; a larger body is refused before it is read, so it cannot fill the memory.</summary>
    public const int MaxBodyBytes = 5 * 1024 * 1024;

    public static void Map(IEndpointRouteBuilder app, string? apiKey) =>
        app.MapPost("/api/documents", Ingest)
            .AddEndpointFilter(new ApiKeyFilter(apiKey))
            .Accepts<ArticleRequest>("application/json")
            .WithTags("register")
            .WithSummary("Ingest one article: JSON {url, title, published, text} or {html}; returns the document id and its claims.");

    private static async Task<Results<Created<IngestResult>, Ok<IngestResult>, ProblemHttpResult>> Ingest(
        HttpRequest request, DocumentIngester ingester, DocumentReader reader, RegisterStore store, ClaimSignal signal)
    {
        if (request.ContentLength > MaxBodyBytes)
            return TooLarge();
        var body = await ReadCapped(request.Body, request.HttpContext.RequestAborted);
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

        SourceDocument document;
        try
        {
            document = Read(article, reader);
        }
        catch (InputException e)
        {
            return Bad(e.Message);
        }

        var outcome = ingester.Ingest(document);
        if (outcome.Take == DocumentTake.HeldByAnotherWorker)
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Being stored",
                detail: "another worker is storing this article right now; try again in a moment");
        var id = store.DocumentId(ContentHash.Of(document.Text))
            ?? throw new InvalidOperationException($"document {document.Id} was ingested ({outcome.Take}) but is not in the register");
        if (outcome.Stored)
            signal.Pulse();
        var result = new IngestResult(id, outcome.Stored, store.Claims(new ClaimFilter { DocumentId = id }));
        return outcome.Stored ? TypedResults.Created($"/api/documents/{id}", result) : TypedResults.Ok(result);
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
