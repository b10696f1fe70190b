using System.Text.Json.Serialization;
using ArmsWatch.Documents;
using ArmsWatch.Register;

namespace ArmsWatch.Server;

/// <summary>A stored document as the article page shows it: its text, sentences and claims, and every span the
/// knowledge and cue stages recognise in its text (states, organisations, people, equipment, cues), with offsets into
/// that text, so an analyst sees what was recognised even where no claim was made.</summary>
public sealed record ArticleDetail(
    [property: JsonPropertyName("document")] DocumentSummary Summary,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("sentences")] IReadOnlyList<StoredSentence> Sentences,
    [property: JsonPropertyName("claims")] IReadOnlyList<StoredClaim> Claims,
    [property: JsonPropertyName("spans")] IReadOnlyList<Span> Spans)
{
    /// <summary>The stored document with its spans, found again by analysing its stored text (the register keeps the
    /// text as read, so the offsets agree with the claims').</summary>
    public static ArticleDetail Of(StoredDocument document, ArmsWatchPipeline pipeline, CancellationToken cancel)
    {
        var analyzed = pipeline.Analyze(new SourceDocument(document.Summary.Doc, document.Text), cancel);
        return new ArticleDetail(document.Summary, document.Text, document.Sentences, document.Claims, analyzed.Spans);
    }
}
