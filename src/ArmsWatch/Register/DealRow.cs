using System.Text.Json.Serialization;
using ArmsWatch.Extraction;
using ArmsWatch.Documents;

namespace ArmsWatch.Register;

/// <summary>
/// A deal as one row: the SIPRI trade-register columns where they apply (supplier … comments), then ours (stage,
/// certainty, sources, evidence, the merge rule).
/// </summary>
public sealed record DealRow
{
    [JsonPropertyName("supplier")] public string? Supplier { get; init; }
    [JsonPropertyName("recipient")] public string? Recipient { get; init; }
    [JsonPropertyName("designation")] public string Designation { get; init; } = "";
    [JsonPropertyName("description")] public string Description { get; init; } = "";
    [JsonPropertyName("number_ordered")] public string? NumberOrdered { get; init; }
    [JsonPropertyName("order_year")] public int? OrderYear { get; init; }
    [JsonPropertyName("delivery_years")] public string? DeliveryYears { get; init; }
    [JsonPropertyName("number_delivered")] public string? NumberDelivered { get; init; }
    [JsonPropertyName("status")] public string Status { get; init; } = "";
    [JsonPropertyName("comments")] public string? Comments { get; init; }
    [JsonPropertyName("deal_id")] public string DealId { get; init; } = "";
    [JsonPropertyName("stage")] public string Stage { get; init; } = "";
    [JsonPropertyName("certainty")] public string Certainty { get; init; } = "";
    [JsonPropertyName("first_year")] public int? FirstYear { get; init; }
    [JsonPropertyName("last_year")] public int? LastYear { get; init; }
    [JsonPropertyName("value_usd")] public string? ValueUsd { get; init; }
    [JsonPropertyName("mentions")] public int Mentions { get; init; }
    [JsonPropertyName("sources")] public string Sources { get; init; } = "";
    [JsonPropertyName("evidence")] public string Evidence { get; init; } = "";
    [JsonPropertyName("merge_rule")] public string MergeRule { get; init; } = "";

    public static DealRow Of(Deal deal)
    {
        var ordered = deal.Timeline.Where(mention => mention.IsPositive && mention.Stage == Documents.Stage.Agreement).ToList();
        var delivered = deal.Timeline.Where(mention => mention.IsPositive && mention.Stage == Documents.Stage.Delivery).ToList();
        return new DealRow
        {
            Supplier = deal.Key.Supplier,
            Recipient = deal.Key.Recipient,
            Designation = deal.Designation,
            Description = $"{VocabularyText<WeaponCategory>.Name(deal.Category)}: {string.Join("; ", deal.Timeline.Select(mention => mention.Item).Distinct(StringComparer.OrdinalIgnoreCase))}",
            NumberOrdered = Quantities(ordered),
            OrderYear = ordered.Select(mention => mention.Year).Where(year => year is not null).Min(),
            DeliveryYears = Join(delivered.Select(mention => mention.Year?.ToString()).Where(year => year is not null).Distinct(), ", "),
            NumberDelivered = Quantities(delivered),
            Status = StatusOf(deal),
            Comments = CommentsOf(deal),
            DealId = deal.Id,
            Stage = VocabularyText<Stage>.Name(deal.Stage),
            Certainty = VocabularyText<Certainty>.Name(deal.Certainty),
            FirstYear = deal.FirstYear,
            LastYear = deal.LastYear,
            ValueUsd = Join(deal.ValuesUsd.Select(figure => figure.ToString()), " | "),
            Mentions = deal.Timeline.Count,
            Sources = string.Join("; ", deal.Timeline.Select(mention => mention.Url is null ? mention.Doc : $"{mention.Doc} <{mention.Url}>").Distinct()),
            Evidence = string.Join(" | ", deal.Timeline.Select(mention => mention.Evidence).Distinct()),
            MergeRule = deal.MergeRule,
        };
    }

    // SIPRI's words for where a deal stands, with our certainty when it is not a fact.
    private static string StatusOf(Deal deal)
    {
        var status = deal.Stage switch
        {
            Documents.Stage.Request => "requested",
            Documents.Stage.Offer => "offered",
            Documents.Stage.Negotiation => "in negotiation",
            Documents.Stage.Agreement => "ordered",
            Documents.Stage.Delivery => "delivered",
            Documents.Stage.Cancellation => "cancelled",
            _ => throw new ArgumentOutOfRangeException(nameof(deal), deal.Stage, null),
        };
        return deal.Certainty == Documents.Certainty.Fact ? status : $"{status} ({VocabularyText<Certainty>.Name(deal.Certainty)})";
    }

    private static string? CommentsOf(Deal deal)
    {
        var comments = new List<string>();
        if (deal.ValuesConflict)
            comments.Add("values disagree: " + string.Join(" vs ", deal.ValuesUsd));
        if (deal.QuantitiesConflict)
            comments.Add("quantities disagree: " + string.Join(" vs ", deal.Quantities));
        return Join(comments, "; ");
    }

    // Every distinct figure, so a disagreement shows ("8 | 12") instead of one figure silently winning.
    private static string? Quantities(IEnumerable<DealMention> mentions) =>
        Join(mentions.Select(mention => mention.Quantity?.ToString()).Where(quantity => quantity is not null).Distinct(), " | ");

    private static string? Join(IEnumerable<string?> parts, string separator)
    {
        var list = parts.OfType<string>().ToList();
        return list.Count == 0 ? null : string.Join(separator, list);
    }
}
