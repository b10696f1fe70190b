using ArmsWatch.Documents;
using ArmsWatch.Extraction;

namespace ArmsWatch.Tests.Extraction;

public class AidBetweenThePairTests
{
    private static Claim Of(string supplier, string recipient, TransferKind kind, Stage stage) =>
        new() { Supplier = supplier, Recipient = recipient, Item = "jets", Evidence = "-", Kind = kind, Stage = stage, Certainty = Certainty.Fact };

    [Fact]
    public void The_pair_s_deliveries_are_aid_where_the_article_tells_it_aid_as_often_as_sales()
    {
        var claims = new List<Claim>
        {
            Of("BLR", "SRB", TransferKind.Aid, Stage.Delivery),        // "Belarus donated the jets"
            Of("BLR", "SRB", TransferKind.Aid, Stage.Offer),           // "Belarus pledged them as a gift"
            Of("BLR", "SRB", TransferKind.Sale, Stage.Delivery),       // "Serbia received the jets from Belarus"
            Of("BLR", "SRB", TransferKind.Sale, Stage.Agreement),      // an order keeps its kind
            Of("RUS", "SRB", TransferKind.Sale, Stage.Delivery),       // another pair
        };

        AidBetweenThePair.Apply(claims);

        Assert.Equal([TransferKind.Aid, TransferKind.Aid, TransferKind.Aid, TransferKind.Sale, TransferKind.Sale], claims.Select(c => c.Kind));
    }

    [Fact]
    public void A_pair_told_mostly_as_sales_keeps_its_kinds()
    {
        var claims = new List<Claim>
        {
            Of("TUR", "BFA", TransferKind.Aid, Stage.Delivery),
            Of("TUR", "BFA", TransferKind.Sale, Stage.Delivery),
            Of("TUR", "BFA", TransferKind.Sale, Stage.Delivery),
        };

        AidBetweenThePair.Apply(claims);

        Assert.Equal([TransferKind.Aid, TransferKind.Sale, TransferKind.Sale], claims.Select(c => c.Kind));
    }
}
