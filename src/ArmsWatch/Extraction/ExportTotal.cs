using System.Text.Json.Serialization;

namespace ArmsWatch.Extraction;

/// <summary>A country-level statement of arms-export value ("Russia's weapons sales neared $4 billion").</summary>
public sealed record ExportTotal
{
    [JsonPropertyName("country")] public required string Country { get; init; }
    [JsonPropertyName("year")] public int? Year { get; init; }
    [JsonPropertyName("value_usd")] public decimal ValueUsd { get; init; }
    [JsonPropertyName("evidence")] public required string Evidence { get; init; }
    [JsonPropertyName("sentence_start")] public int SentenceStart { get; init; }
    [JsonPropertyName("sentence_end")] public int SentenceEnd { get; init; }
}
