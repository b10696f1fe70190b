using System.Text.Json.Serialization;
using ArmsWatch.Extraction;

namespace ArmsWatch.Register;

/// <summary>A claim as the register holds it: the contract's fields and offsets, with its id, its document and its deal.</summary>
/// <remarks>
/// Only the document's id, name and date travel with each claim; its URL and title are the document's
/// (<c>/api/documents/{id}</c>), so a listing does not repeat them claim after claim.
/// </remarks>
public sealed record StoredClaim
{
    [JsonPropertyName("id")] public long Id { get; init; }
    [JsonPropertyName("document_id")] public long DocumentId { get; init; }
    [JsonPropertyName("doc")] public required string Doc { get; init; }
    [JsonPropertyName("published")] public string? Published { get; init; }

    /// <summary>The id of the deal the claim is a mention of (see <see cref="Deal.Id"/>).</summary>
    [JsonPropertyName("deal")] public string? Deal { get; init; }

    [JsonPropertyName("claim")] public required Claim Claim { get; init; }

    /// <summary>The document's URL and title, for flat exports (CSV, Parquet) only: never repeated per claim in JSON.</summary>
    [JsonIgnore] public string? Url { get; init; }
    [JsonIgnore] public string? Title { get; init; }

    /// <summary>The year the claim is dated by: its own, else its document's publication year.</summary>
    [JsonIgnore] public int? EffectiveYear { get; init; }
}
