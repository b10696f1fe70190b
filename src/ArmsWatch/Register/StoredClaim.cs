using System.Text.Json.Serialization;
using ArmsWatch.Extraction;

namespace ArmsWatch.Register;

/// <summary>A claim as the register holds it: the contract's fields and offsets, with its id and its document.</summary>
public sealed record StoredClaim
{
    [JsonPropertyName("id")] public long Id { get; init; }
    [JsonPropertyName("document_id")] public long DocumentId { get; init; }
    [JsonPropertyName("doc")] public required string Doc { get; init; }
    [JsonPropertyName("published")] public string? Published { get; init; }
    [JsonPropertyName("url")] public string? Url { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("claim")] public required Claim Claim { get; init; }

    /// <summary>The year the claim is dated by: its own, else its document's publication year.</summary>
    [JsonIgnore] public int? PublishedYear { get; init; }

    [JsonIgnore] public int? EffectiveYear => Claim.Year ?? PublishedYear;
}
