using ArmsWatch.Documents;

namespace ArmsWatch.Extraction;

/// <summary>
/// The first year SIPRI's trade register records an order, and a delivery, of each designation from one state to
/// another (<see cref="TradeRegister"/>): knowledge at the scale of the field that bounds when a text was written. A
/// text that tells of an order or a delivery as done was written no earlier than the first year the register records
/// one for the same states and designation ("Algeria had ordered another 14 MiG-29M/M2 aircraft" is written in 2019 or
/// later).
/// </summary>
public sealed class DealYears
{
    /// <summary>How many years past the text's own estimate a bound may move it. News names the recent past: a text that
    /// names nothing after 2001 is not written in 2006, so a bound that far ahead means the text tells of an earlier
    /// transfer than the one the register records first (Iraqi Su-25s flown to Iran in 1991, Russian ones sold in 2003).</summary>
    public const int MaxLead = 3;

    private readonly TradeRegister _register;

    public DealYears(TradeRegister register) => _register = register;

    /// <summary>The bounds of the shipped register.</summary>
    public static DealYears Shipped() => new(TradeRegister.Shipped);

    /// <summary>The date a document's claims move its date to: only a date estimated from the text (or none) moves, to
    /// the year the register's bound allows, when that is later and at most <see cref="MaxLead"/> years past the
    /// estimate; null when the date stays.</summary>
    public PublicationDate? MovedDate(AnalyzedDocument document, IEnumerable<Claim> claims)
    {
        var source = document.Source;
        if (source is { Published: not null, PublishedFrom: not DateSource.Estimate } || WrittenNoEarlierThan(document, claims) is not { } year
            || source.Published is { Year: var estimated } && (estimated >= year || year - estimated > MaxLead))
            return null;
        return new PublicationDate(year);
    }

    /// <summary>
    /// Rule "the register's years": the latest of the bounds the claims give. A claim gives one when it tells of an
    /// order (agreement) or a delivery as a fact, and the designation the knowledge stage recognised in its item
    /// ("MiG-29M/M2 aircraft" is a MiG-29M) is one the register records between its states: the first year of that step.
    /// </summary>
    public int? WrittenNoEarlierThan(AnalyzedDocument document, IEnumerable<Claim> claims)
    {
        int? latest = null;
        foreach (var claim in claims)
        {
            if (claim is not { Certainty: Certainty.Fact, Stage: Stage.Agreement or Stage.Delivery, Supplier: { } supplier, Recipient: { } recipient }
                || DesignationOf(document, claim) is not { } designation
                || _register.FirstYears(supplier, recipient, designation) is not { } years)
                continue;
            if ((claim.Stage == Stage.Agreement ? years.Ordered : years.Delivered) is { } first && first > (latest ?? 0))
                latest = first;
        }
        return latest;
    }

    // The designation of the weapon span the claim's item starts in.
    private static string? DesignationOf(AnalyzedDocument document, Claim claim) =>
        document.Spans.FirstOrDefault(s => s.Kind == SpanKind.Weapon && s.Designation is not null && s.Start <= claim.ItemStart && claim.ItemStart < s.End)?.Designation;

}
