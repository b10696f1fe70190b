using System.Text.Json.Serialization;
using ArmsWatch.Documents;

namespace ArmsWatch.Register;

/// <summary>
/// One transfer as the register sees it: the mentions of one programme across articles, merged (see
/// <see cref="DealIndex"/>), with where it stands, its history, its figures and why its mentions were merged.
/// </summary>
public sealed record Deal
{
    /// <summary>Supplier, recipient, family and first year ("RUS-IRN-s-300-2007"): the same for the same claims.</summary>
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("key")] public required DealKey Key { get; init; }

    /// <summary>What a reader would call it: the system as first written, else the first item.</summary>
    [JsonPropertyName("designation")] public required string Designation { get; init; }
    [JsonPropertyName("category")] public WeaponCategory Category { get; init; }

    /// <summary>Why these mentions are one deal: the shared key, the year rule and what joined from articles, in words.</summary>
    [JsonPropertyName("merge_rule")] public required string MergeRule { get; init; }

    [JsonPropertyName("first_year")] public int? FirstYear { get; init; }
    [JsonPropertyName("last_year")] public int? LastYear { get; init; }

    /// <summary>The latest stage reported (see <see cref="DealStatus"/>), and how sure that report is.</summary>
    [JsonPropertyName("stage")] public Stage Stage { get; init; }
    [JsonPropertyName("certainty")] public Certainty Certainty { get; init; }

    /// <summary>The deal went on after a cancellation.</summary>
    [JsonPropertyName("resumed")] public bool Resumed { get; init; }

    /// <summary>Every stage reported, year by year, with how many mentions report it; null in listings (see the deal itself).</summary>
    [JsonPropertyName("history"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<DealStep>? History { get; init; }

    [JsonPropertyName("mentions")] public int Mentions { get; init; }
    [JsonPropertyName("documents")] public int Documents { get; init; }

    /// <summary>Stated values in US dollars, by stage and year, with who stated each (see <see cref="ReportedFigure"/>).</summary>
    [JsonPropertyName("values_usd")] public required IReadOnlyList<ReportedFigure> ValuesUsd { get; init; }
    [JsonPropertyName("quantities")] public required IReadOnlyList<ReportedFigure> Quantities { get; init; }

    /// <summary>More figures than a listing shows (the most-mentioned are shown).</summary>
    [JsonPropertyName("figures_omitted")] public int FiguresOmitted { get; init; }

    /// <summary>Every mention in year order, when asked for whole (the CLI, exports); null in listings.</summary>
    [JsonPropertyName("timeline"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<DealMention>? Timeline { get; init; }

    [JsonPropertyName("values_conflict")] public bool ValuesConflict => ValuesUsd.Any(figure => figure.Conflict);
    [JsonPropertyName("quantities_conflict")] public bool QuantitiesConflict => Quantities.Any(figure => figure.Conflict);
}
