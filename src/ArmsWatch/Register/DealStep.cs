using System.Text.Json.Serialization;
using ArmsWatch.Documents;

namespace ArmsWatch.Register;

/// <summary>One step of a deal's history: a stage reported in a year, how surely, and by how many mentions.</summary>
/// <param name="Year">The mentions' year (their own, else their article's); null when none is known.</param>
public sealed record DealStep(
    [property: JsonPropertyName("year")] int? Year,
    [property: JsonPropertyName("stage")] Stage Stage,
    [property: JsonPropertyName("certainty")] Certainty Certainty,
    [property: JsonPropertyName("mentions")] int Mentions);
