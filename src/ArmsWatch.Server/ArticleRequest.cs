using System.Text.Json.Serialization;

namespace ArmsWatch.Server;

/// <summary>One article to ingest, as <c>POST /api/documents</c> takes it: its text, or a web page in <see cref="Html"/>.</summary>
/// <param name="Doc">The document's name in the register; by default "api-" and the start of the content's hash.</param>
/// <param name="Published">YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 timestamp; estimated from the text when absent.</param>
public sealed record ArticleRequest(
    [property: JsonPropertyName("doc")] string? Doc = null,
    [property: JsonPropertyName("url")] string? Url = null,
    [property: JsonPropertyName("title")] string? Title = null,
    [property: JsonPropertyName("published")] string? Published = null,
    [property: JsonPropertyName("text")] string? Text = null,
    [property: JsonPropertyName("html")] string? Html = null);
