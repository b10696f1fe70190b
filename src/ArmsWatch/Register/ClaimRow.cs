using System.Text.Json.Serialization;
using ArmsWatch.Documents;

namespace ArmsWatch.Register;

/// <summary>A claim flattened for CSV and Parquet: the contract's fields, offsets, and its document.</summary>
public sealed record ClaimRow
{
    [JsonPropertyName("id")] public long Id { get; init; }
    [JsonPropertyName("doc")] public string Doc { get; init; } = "";
    [JsonPropertyName("published")] public string? Published { get; init; }
    [JsonPropertyName("url")] public string? Url { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("supplier")] public string? Supplier { get; init; }
    [JsonPropertyName("recipient")] public string? Recipient { get; init; }
    [JsonPropertyName("item")] public string Item { get; init; } = "";
    [JsonPropertyName("system")] public string? System { get; init; }
    [JsonPropertyName("category")] public string Category { get; init; } = "";
    [JsonPropertyName("kind")] public string Kind { get; init; } = "";
    [JsonPropertyName("stage")] public string Stage { get; init; } = "";
    [JsonPropertyName("certainty")] public string Certainty { get; init; } = "";
    [JsonPropertyName("quantity")] public int? Quantity { get; init; }
    [JsonPropertyName("value_usd")] public decimal? ValueUsd { get; init; }
    [JsonPropertyName("year")] public int? Year { get; init; }
    [JsonPropertyName("source")] public string? Source { get; init; }
    [JsonPropertyName("evidence")] public string Evidence { get; init; } = "";
    [JsonPropertyName("sentence_start")] public int SentenceStart { get; init; }
    [JsonPropertyName("sentence_end")] public int SentenceEnd { get; init; }
    [JsonPropertyName("item_start")] public int ItemStart { get; init; }
    [JsonPropertyName("item_end")] public int ItemEnd { get; init; }

    public static ClaimRow Of(StoredClaim stored)
    {
        var claim = stored.Claim;
        return new ClaimRow
        {
            Id = stored.Id, Doc = stored.Doc, Published = stored.Published, Url = stored.Url, Title = stored.Title,
            Supplier = claim.Supplier, Recipient = claim.Recipient, Item = claim.Item, System = claim.System,
            Category = VocabularyText<WeaponCategory>.Name(claim.Category), Kind = VocabularyText<TransferKind>.Name(claim.Kind),
            Stage = VocabularyText<Stage>.Name(claim.Stage), Certainty = VocabularyText<Certainty>.Name(claim.Certainty),
            Quantity = claim.Quantity, ValueUsd = claim.ValueUsd, Year = claim.Year, Source = claim.Source, Evidence = claim.Evidence,
            SentenceStart = claim.SentenceStart, SentenceEnd = claim.SentenceEnd, ItemStart = claim.ItemStart, ItemEnd = claim.ItemEnd,
        };
    }
}
