using ArmsWatch.Documents;
using ArmsWatch.Extraction;

namespace ArmsWatch.Tests.Extraction;

/// <summary>SIPRI's trade register as knowledge of who supplies whom, and what the party decisions read of it.</summary>
public sealed class TradeRegisterTests
{
    private static readonly TradeRegister Register = TradeRegister.Shipped;

    [Fact]
    public void The_register_knows_who_supplies_whom()
    {
        Assert.True(Register.Traded("FRA", "GRC"));
        Assert.False(Register.Traded("GRC", "FRA"));
        Assert.True(Register.SuppliedBy("FRA") > 100 * Register.SuppliedBy("GRC"));
        Assert.True(Register.HasSupplied("FRA", "Rafale"));
        Assert.True(Register.HasReceived("GRC", "Rafale"));
        Assert.False(Register.HasSupplied("GRC", "Rafale"));
    }

    [Fact]
    public void The_register_gives_the_first_order_and_delivery_years() =>
        Assert.Equal((2019, 2020), Register.FirstYears("RUS", "DZA", "MiG-29M"));

    [Fact]
    public void A_party_option_carries_what_the_register_knows_of_it()
    {
        var document = ExtractedClaims.Pipeline.Analyze(new SourceDocument("t", "Greece and France signed a deal for 18 Rafale jets."));
        var candidate = Assert.Single(CandidateFinder.Find(document), c => c.Item.Designation == "Rafale");
        var features = ClaimFeatures.All;
        string[] NamesOf(string state)
        {
            var list = features.NewList(_ => true);
            var option = new PartyOption(state, PartySource.Mention, document.SpansIn(0).First(s => s.State == state), 0);
            ClaimFeatures.OfParty(document, document.Trees[0], candidate, option, ["GRC", "FRA"], new DocumentMemory(), list);
            return list.Names.Values.Where(n => n.StartsWith("register:", StringComparison.Ordinal)).ToArray();
        }

        Assert.Equal(["register:supplied=4", "register:received=3", "register:supplied-item=True", "register:received-item=False",
            "register:supplied-other=True", "register:received-other=False"], NamesOf("FRA"));
        Assert.Equal(["register:supplied=2", "register:received=3", "register:supplied-item=False", "register:received-item=True",
            "register:supplied-other=False", "register:received-other=True"], NamesOf("GRC"));
    }
}
