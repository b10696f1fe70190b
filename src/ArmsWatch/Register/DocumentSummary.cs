using System.Text.Json.Serialization;

namespace ArmsWatch.Register;

/// <summary>A stored document as a listing shows it: its identity, metadata and how many claims it gave.</summary>
/// <param name="IngestedAt">When the register stored it, ISO 8601 in UTC.</param>
public sealed record DocumentSummary(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("doc")] string Doc,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("published")] string? Published,
    [property: JsonPropertyName("ingested_at")] string IngestedAt,
    [property: JsonPropertyName("claims")] long Claims);
