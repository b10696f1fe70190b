using System.Text.Json.Serialization;
using ArmsWatch.Documents;

namespace ArmsWatch.Extraction;

/// <summary>One statement, in one sentence, about one weapon item moving (or not) from a supplier to a recipient.</summary>
/// <remarks>Field names and values follow ../shared/spec/claims.md; the offsets are extras the contract allows.</remarks>
public sealed record Claim
{
    [JsonPropertyName("supplier")] public string? Supplier { get; init; }
    [JsonPropertyName("recipient")] public string? Recipient { get; init; }
    [JsonPropertyName("item")] public required string Item { get; init; }
    [JsonPropertyName("system")] public string? System { get; init; }
    [JsonPropertyName("category")] public WeaponCategory Category { get; init; } = WeaponCategory.Unspecified;
    [JsonPropertyName("kind")] public TransferKind Kind { get; init; } = TransferKind.Sale;
    [JsonPropertyName("stage")] public Stage Stage { get; init; }
    [JsonPropertyName("certainty")] public Certainty Certainty { get; init; }
    [JsonPropertyName("quantity")] public int? Quantity { get; init; }
    [JsonPropertyName("value_usd")] public decimal? ValueUsd { get; init; }
    [JsonPropertyName("year")] public int? Year { get; init; }
    [JsonPropertyName("source")] public string? Source { get; init; }
    [JsonPropertyName("evidence")] public required string Evidence { get; init; }

    /// <summary>Character offsets of the evidence sentence in the document text.</summary>
    [JsonPropertyName("sentence_start")] public int SentenceStart { get; init; }
    [JsonPropertyName("sentence_end")] public int SentenceEnd { get; init; }

    /// <summary>Character offsets of the item span in the document text.</summary>
    [JsonPropertyName("item_start")] public int ItemStart { get; init; }
    [JsonPropertyName("item_end")] public int ItemEnd { get; init; }

    /// <summary>How likely the claim is right, calibrated on held-out folds (0–1); null from sources without models.</summary>
    [JsonPropertyName("confidence")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Confidence { get; init; }

    /// <summary>The strongest features behind the decisions, "decision: feature (weight)".</summary>
    [JsonPropertyName("why")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Why { get; init; }

    [JsonIgnore] public bool IsNegative => Polarity.IsNegative(Stage, Certainty);
}
