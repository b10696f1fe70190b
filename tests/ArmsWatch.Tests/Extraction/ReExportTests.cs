using ArmsWatch.Documents;
using ArmsWatch.Extraction;

namespace ArmsWatch.Tests.Extraction;

/// <summary>The contract's re-export rule (rule <c>re-export</c>): the state that sends and the state whose consent or veto
/// governs the sending each supply a claim, on sentences written for it.</summary>
public class ReExportTests
{
    private static IReadOnlyList<Claim> Claims(string text) => ExtractedClaims.Of(text);

    [Theory]
    [InlineData("The US has stopped Spain from selling 12 transport aircraft to Venezuela.", "ESP", "USA", "VEN", Stage.Cancellation)]
    [InlineData("Switzerland vetoed the re-export of Swiss-made ammunition to Ukraine by Germany.", "DEU", "CHE", "UKR", Stage.Cancellation)]
    [InlineData("Moscow has cleared the re-export of RD-93 engines by China to Pakistan.", "CHN", "RUS", "PAK", Stage.Offer)]
    [InlineData("The Netherlands approved the transfer of Dutch-made howitzers from Estonia to Ukraine.", "EST", "NLD", "UKR", Stage.Offer)]
    public void The_sender_and_the_state_that_consents_or_vetoes_each_supply_a_claim(
        string text, string sender, string origin, string recipient, Stage stage)
    {
        var claims = Claims(text);

        Assert.Contains(claims, c => (c.Supplier, c.Recipient, c.Stage) == (sender, recipient, stage));
        Assert.Contains(claims, c => (c.Supplier, c.Recipient, c.Stage) == (origin, recipient, stage));
    }

    [Fact]
    public void Recipients_listed_together_do_not_supply_each_other()
    {
        var claims = Claims("South Africa blocked arms sales to Saudi Arabia and the United Arab Emirates.");

        Assert.Equal(["ZAF"], claims.Select(c => c.Supplier).Distinct());
        Assert.Equal(["ARE", "SAU"], claims.Select(c => c.Recipient).Distinct().Order());
    }

    [Fact]
    public void A_state_named_outside_the_transfer_is_no_sender()
    {
        // "Russian" is in the reason for the stop, not in the sale stopped.
        var claims = Claims("The US stopped the sale of F-35 jets to Turkey over its purchase of Russian S-400 systems.");

        Assert.Contains(claims, c => (c.Supplier, c.Recipient, c.System) == ("USA", "TUR", "F-35"));
        Assert.DoesNotContain(claims, c => c.Supplier == "RUS" && c.System == "F-35");
    }

    [Fact]
    public void Without_the_rule_the_veto_gives_one_supplier()
    {
        var shipped = ClaimModels.Load(Path.Combine(ShippedFiles.ModelsDirectory, ClaimModels.FileName));
        var lexicon = AttributionLexicon.Load(Path.Combine(ShippedFiles.DataDirectory, "extraction"));
        var without = ArmsWatchPipeline.WithExtractor(
            new ClaimExtractor(shipped, ClaimFeatures.All, lexicon, disabledRules: new HashSet<string> { "re-export" }));
        var text = "The US has stopped Spain from selling 12 transport aircraft to Venezuela.";

        var claims = without.Extract(new SourceDocument("test", text, Published: new PublicationDate(2019, 5))).Claims;

        Assert.Single(claims.Select(c => c.Supplier).Distinct());
        Assert.Equal(2, Claims(text).Select(c => c.Supplier).Distinct().Count());
    }
}
