using System.Text.Json.Serialization;

namespace ArmsWatch.Register;

/// <summary>The register in aggregate: how many claims go from each supplier to each recipient, and how many per year.</summary>
/// <remarks>Claims with an unknown party are left out of the flows (there is nowhere to draw them) but counted per year.</remarks>
public sealed record FlowSummary(
    [property: JsonPropertyName("flows")] IReadOnlyList<Flow> Flows,
    [property: JsonPropertyName("years")] IReadOnlyList<YearCount> Years);
