using System.Text.Json.Serialization;
using ArmsWatch.Documents;

namespace ArmsWatch.Extraction;

/// <summary>Everything extracted from one document: the object the contract writes one per line.</summary>
public sealed record DocumentClaims
{
    [JsonPropertyName("doc")] public required string Doc { get; init; }
    [JsonPropertyName("published")] public PublicationDate? Published { get; init; }
    [JsonPropertyName("url")] public string? Url { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("claims")] public IReadOnlyList<Claim> Claims { get; init; } = [];
    [JsonPropertyName("totals")] public IReadOnlyList<ExportTotal> Totals { get; init; } = [];
}
