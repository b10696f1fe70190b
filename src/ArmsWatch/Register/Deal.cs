using System.Text.Json.Serialization;
using ArmsWatch.Extraction;
using ArmsWatch.Documents;

namespace ArmsWatch.Register;

/// <summary>One transfer as the register sees it: every mention of it across documents, merged, with why they were merged.</summary>
public sealed record Deal
{
    /// <summary>Stable for the same claims: supplier, recipient, family and first year ("RUS-IRN-s-300-2001").</summary>
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("key")] public required DealKey Key { get; init; }

    /// <summary>Why these mentions are one deal: the shared key and the year rule, in words.</summary>
    [JsonPropertyName("merge_rule")] public required string MergeRule { get; init; }

    [JsonPropertyName("first_year")] public int? FirstYear { get; init; }
    [JsonPropertyName("last_year")] public int? LastYear { get; init; }

    /// <summary>The furthest step reported positively (see <see cref="DealMerger"/>), and how sure that report is.</summary>
    [JsonPropertyName("stage")] public Stage Stage { get; init; }
    [JsonPropertyName("certainty")] public Certainty Certainty { get; init; }

    /// <summary>Every mention, ordered by year, then publication date, document and position.</summary>
    [JsonPropertyName("timeline")] public required IReadOnlyList<DealMention> Timeline { get; init; }

    /// <summary>Every stated value in US dollars, with who stated it; more than one distinct value is a conflict, kept.</summary>
    [JsonPropertyName("values_usd")] public required IReadOnlyList<ReportedFigure> ValuesUsd { get; init; }
    [JsonPropertyName("quantities")] public required IReadOnlyList<ReportedFigure> Quantities { get; init; }

    [JsonIgnore] public bool ValuesConflict => ValuesUsd.Select(figure => figure.Value).Distinct().Count() > 1;
    [JsonIgnore] public bool QuantitiesConflict => Quantities.Select(figure => figure.Value).Distinct().Count() > 1;

    /// <summary>The documents the deal rests on, in timeline order.</summary>
    [JsonIgnore] public IEnumerable<string> Documents => Timeline.Select(mention => mention.Doc).Distinct();

    /// <summary>The category most mentions give (for a deal keyed by system, its mentions may differ).</summary>
    [JsonIgnore] public WeaponCategory Category => Timeline.GroupBy(mention => mention.Category).MaxBy(group => group.Count())!.Key;

    /// <summary>The designation a reader would give: the system as first written, else the first item.</summary>
    [JsonIgnore] public string Designation => Timeline.Select(mention => mention.System).FirstOrDefault(system => system is not null) ?? Timeline[0].Item;
}
