using System.Globalization;
using System.Text.Json.Serialization;
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
        var timeline = deal.Timeline ?? [];
        var history = deal.History ?? [];
        var ordered = history.Where(step => step.Stage == Documents.Stage.Agreement && step.Certainty == Documents.Certainty.Fact).ToList();
        var delivered = history.Where(step => step.Stage == Documents.Stage.Delivery && step.Certainty == Documents.Certainty.Fact).ToList();
        return new DealRow
        {
            Supplier = deal.Key.Supplier,
            Recipient = deal.Key.Recipient,
            Designation = deal.Designation,
            Description = $"{VocabularyText<WeaponCategory>.Name(deal.Category)}: {string.Join("; ", timeline.Select(mention => mention.Item).Distinct(StringComparer.OrdinalIgnoreCase))}",
            NumberOrdered = Figures(deal.Quantities, FigureBasis.Contract),
            OrderYear = ordered.Select(step => step.Year).Where(year => year is not null).Min(),
            DeliveryYears = Join(delivered.Select(step => step.Year?.ToString(CultureInfo.InvariantCulture)).Where(year => year is not null).Distinct(), ", "),
            NumberDelivered = Figures(deal.Quantities, "delivery"),
            Status = StatusOf(deal),
            Comments = CommentsOf(deal),
            DealId = deal.Id,
            Stage = VocabularyText<Stage>.Name(deal.Stage),
            Certainty = VocabularyText<Certainty>.Name(deal.Certainty),
            FirstYear = deal.FirstYear,
            LastYear = deal.LastYear,
            ValueUsd = Join(deal.ValuesUsd.Select(figure => figure.ToString()), " | "),
            Mentions = deal.Mentions,
            Sources = string.Join("; ", timeline.Select(mention => mention.Doc).Distinct()),
            Evidence = string.Join(" | ", timeline.Select(mention => mention.Evidence).Distinct()),
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
        if (deal.Resumed)
            status += ", resumed after a cancellation";
        return deal.Certainty == Documents.Certainty.Fact ? status : $"{status} ({VocabularyText<Certainty>.Name(deal.Certainty)})";
    }

    private static string? CommentsOf(Deal deal)
    {
        var comments = new List<string>();
        if (deal.ValuesConflict)
            comments.Add("values disagree: " + string.Join(" vs ", deal.ValuesUsd.Where(figure => figure.Conflict)));
        if (deal.QuantitiesConflict)
            comments.Add("quantities disagree: " + string.Join(" vs ", deal.Quantities.Where(figure => figure.Conflict)));
        var framework = Figures(deal.Quantities, FigureBasis.Framework);
        if (framework is not null)
            comments.Add("framework: up to " + framework);
        return Join(comments, "; ");
    }

    // Every distinct figure of one stage, so a disagreement shows ("8 | 12") instead of one figure silently winning.
    private static string? Figures(IEnumerable<ReportedFigure> figures, string basis) =>
        Join(figures.Where(figure => figure.Basis == basis).Select(figure => figure.Value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)).Distinct(), " | ");

    private static string? Join(IEnumerable<string?> parts, string separator)
    {
        var list = parts.OfType<string>().ToList();
        return list.Count == 0 ? null : string.Join(separator, list);
    }
}
