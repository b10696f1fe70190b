using ArmsWatch.Extraction;
using ArmsWatch.Documents;

namespace ArmsWatch.Register;

/// <summary>
/// Merges claims into deals. Claims join when they share a <see cref="DealKey"/> (supplier, recipient, and system
/// family, or category when no system is named) and their years are compatible: ordered by year (stated, else the
/// document's), a claim joins the deal before it when it is at most <see cref="YearGap"/> years after that deal's
/// latest mention, and starts a new deal otherwise. Claims with no year at all join the key's latest deal.
/// </summary>
/// <remarks>
/// Deals are computed when asked for, not stored: they always follow the claims and the current rule, and concurrent
/// ingest workers never contend for deal rows. The cost is a merge per query, linear in the claims selected after sorting.
/// </remarks>
public static class DealMerger
{
    /// <summary>Years between consecutive mentions of one deal: an order, its deliveries and follow-ups usually span a few.</summary>
    public const int YearGap = 3;

    public static IReadOnlyList<Deal> Merge(IEnumerable<StoredClaim> claims) =>
        claims.GroupBy(DealKey.Of)
            .SelectMany(MergeKey)
            .OrderBy(deal => deal.Key.Supplier, StringComparer.Ordinal)
            .ThenBy(deal => deal.Key.Recipient, StringComparer.Ordinal)
            .ThenBy(deal => deal.Key.Family, StringComparer.Ordinal)
            .ThenBy(deal => deal.FirstYear ?? int.MaxValue)
            .ToList();

    private static IEnumerable<Deal> MergeKey(IGrouping<DealKey, StoredClaim> group)
    {
        var mentions = group.Select(DealMention.Of).OrderBy(mention => mention, TimelineOrder.Instance).ToList();
        var chains = new List<List<DealMention>>();
        foreach (var mention in mentions.Where(mention => mention.Year is not null))
        {
            if (chains.Count == 0 || mention.Year - chains[^1][^1].Year > YearGap)
                chains.Add([]);
            chains[^1].Add(mention);
        }
        var undated = mentions.Where(mention => mention.Year is null).ToList();
        if (undated.Count > 0)
        {
            if (chains.Count == 0)
                chains.Add([]);
            chains[^1].AddRange(undated);
        }
        return chains.Select((chain, index) => Build(group.Key, chain, index == chains.Count - 1 ? undated.Count : 0));
    }

    private static Deal Build(DealKey key, List<DealMention> timeline, int undatedJoined)
    {
        var years = timeline.Where(mention => mention.Year is not null).Select(mention => mention.Year!.Value).ToList();
        int? first = years.Count > 0 ? years.Min() : null;
        int? last = years.Count > 0 ? years.Max() : null;
        var status = Status(timeline);
        return new Deal
        {
            Id = $"{key.Supplier ?? "unknown"}-{key.Recipient ?? "unknown"}-{key.Family}-{first?.ToString() ?? "undated"}",
            Key = key,
            MergeRule = Explain(key, first, last, undatedJoined),
            FirstYear = first,
            LastYear = last,
            Stage = status.Stage,
            Certainty = status.Certainty,
            Timeline = timeline,
            ValuesUsd = Figures(timeline, mention => mention.ValueUsd),
            Quantities = Figures(timeline, mention => mention.Quantity),
        };
    }

    /// <summary>
    /// The furthest stage reported with positive polarity (request → offer → negotiation → agreement → delivery, a
    /// cancellation ending it), at the surest certainty given for it; when every mention is negative ("will not sell"),
    /// the furthest of those.
    /// </summary>
    private static (Stage Stage, Certainty Certainty) Status(List<DealMention> timeline)
    {
        var positive = timeline.Where(mention => mention.IsPositive).ToList();
        var candidates = positive.Count > 0 ? positive : timeline;
        var stage = candidates.Max(mention => mention.Stage);
        var certainty = candidates.Where(mention => mention.Stage == stage).Min(mention => mention.Certainty);
        return (stage, certainty);
    }

    private static IReadOnlyList<ReportedFigure> Figures(List<DealMention> timeline, Func<DealMention, decimal?> figure) =>
        timeline.Where(mention => figure(mention) is not null)
            .Select(mention => new ReportedFigure(figure(mention)!.Value, mention.Source, mention.Doc, mention.ClaimId, mention.Evidence))
            .ToList();

    private static string Explain(DealKey key, int? first, int? last, int undatedJoined)
    {
        var family = key.BySystem ? $"system family {key.Family}" : $"category {key.Family} with no system named";
        var rule = $"same supplier ({key.Supplier ?? "unknown"}), recipient ({key.Recipient ?? "unknown"}) and {family}";
        if (first is not null)
            rule += first == last
                ? $"; all dated {first}"
                : $"; years {first}–{last}, each mention within {YearGap} years of the one before it";
        if (undatedJoined > 0)
            rule += $"; {undatedJoined} mention(s) with no year joined the latest deal of this key";
        return rule;
    }

    /// <summary>Year (undated last), then publication date, document, and position in the document.</summary>
    private sealed class TimelineOrder : IComparer<DealMention>
    {
        public static readonly TimelineOrder Instance = new();

        public int Compare(DealMention? x, DealMention? y)
        {
            var byYear = (x!.Year ?? int.MaxValue).CompareTo(y!.Year ?? int.MaxValue);
            if (byYear != 0)
                return byYear;
            // "YYYY", "YYYY-MM" and "YYYY-MM-DD" sort by date as plain text.
            var byPublished = string.CompareOrdinal(x.Published ?? "\uffff", y.Published ?? "\uffff");
            if (byPublished != 0)
                return byPublished;
            var byDoc = string.CompareOrdinal(x.Doc, y.Doc);
            return byDoc != 0 ? byDoc : x.SentenceStart.CompareTo(y.SentenceStart);
        }
    }
}
