using ArmsWatch.Documents;

namespace ArmsWatch.Extraction;

/// <summary>An article that tells the transfers between two states as aid ("gifted", "donated", "military aid") at least
/// as often as as sales tells their other deliveries as aid too ("Serbia receives four MiG-29 jets from Belarus" in an
/// article on Belarus's gift); a sale, an order or an offer keeps its kind. Rule <c>aid-between-the-pair</c>.</summary>
public static class AidBetweenThePair
{
    public static void Apply(List<Claim> claims)
    {
        var aid = claims.GroupBy(c => (c.Supplier, c.Recipient))
            .Where(pair => pair.Count(c => c.Kind == TransferKind.Aid) is var given and > 0 && given >= pair.Count(c => c.Kind == TransferKind.Sale))
            .Select(pair => pair.Key).ToHashSet();
        for (var i = 0; i < claims.Count; i++)
            if (claims[i] is { Kind: TransferKind.Sale, Stage: Stage.Delivery } claim && aid.Contains((claim.Supplier, claim.Recipient)))
                claims[i] = claim with { Kind = TransferKind.Aid };
    }
}
