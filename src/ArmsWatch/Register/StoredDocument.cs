using System.Text.Json.Serialization;

namespace ArmsWatch.Register;

/// <summary>A stored document whole: its text, its sentences and its claims, every offset pointing into <see cref="Text"/>.</summary>
public sealed record StoredDocument(
    [property: JsonPropertyName("document")] DocumentSummary Summary,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("sentences")] IReadOnlyList<StoredSentence> Sentences,
    [property: JsonPropertyName("claims")] IReadOnlyList<StoredClaim> Claims);
