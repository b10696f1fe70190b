using System.Text.Json.Serialization;
using ArmsWatch.Register;

namespace ArmsWatch.Server;

/// <summary>The register in aggregate: how many claims go from each supplier to each recipient, and how many per year.</summary>
public sealed record FlowSummary(
    [property: JsonPropertyName("flows")] IReadOnlyList<Flow> Flows,
    [property: JsonPropertyName("years")] IReadOnlyList<YearCount> Years)
{
    /// <summary>Claims with an unknown party are left out of the flows (there is nowhere to draw them) but counted per year.</summary>
    public static FlowSummary Of(IReadOnlyList<StoredClaim> claims) => new(
        claims.Where(stored => stored.Claim.Supplier is not null && stored.Claim.Recipient is not null)
            .GroupBy(stored => (stored.Claim.Supplier!, stored.Claim.Recipient!))
            .Select(group => new Flow(group.Key.Item1, group.Key.Item2, group.Count(), group.Count(stored => stored.Claim.Stage == Documents.Stage.Delivery)))
            .OrderByDescending(flow => flow.Claims).ThenBy(flow => flow.Supplier, StringComparer.Ordinal).ThenBy(flow => flow.Recipient, StringComparer.Ordinal)
            .ToList(),
        claims.Where(stored => stored.EffectiveYear is not null)
            .GroupBy(stored => stored.EffectiveYear!.Value)
            .Select(group => new YearCount(group.Key, group.Count()))
            .OrderBy(year => year.Year)
            .ToList());
}
