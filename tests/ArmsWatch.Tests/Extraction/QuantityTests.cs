using ArmsWatch.Documents;
using ArmsWatch.Extraction;

namespace ArmsWatch.Tests.Extraction;

/// <summary>How many items a claim counts (ClaimAttributes.QuantityOf), on sentences written for it.</summary>
public sealed class QuantityTests
{
    // The quantity of the candidate whose item starts with the given words, whatever the decisions make of it.
    private static int? QuantityOf(string text, string item)
    {
        var document = ExtractedClaims.Pipeline.Analyze(new SourceDocument("test", text));
        var candidate = CandidateFinder.Find(document).First(c => text[c.Item.Start..].StartsWith(item, StringComparison.Ordinal));
        return ClaimAttributes.QuantityOf(document.Trees[candidate.Sentence], candidate);
    }

    [Theory]
    [InlineData("Croatia signed a contract for 12 used French multi-purpose Rafale F3R fighter jets.", "Rafale", 12)]
    [InlineData("Malaysia signed the agreement for the procurement of 48 PT-91M main battle tanks.", "PT-91M", 48)]
    [InlineData("India ordered six new Scorpene submarines from France.", "Scorpene", 6)]
    [InlineData("Another shipment of nine ground-attack Hawk jets was bound for Indonesia.", "Hawk", 9)]
    [InlineData("The Asian country ordered 42 Dassault-made Rafale fighter jets in 2022.", "Rafale", 42)]
    public void The_number_before_the_item_and_its_modifiers_counts_it(string text, string item, int quantity) =>
        Assert.Equal(quantity, QuantityOf(text, item));

    [Theory]
    [InlineData("Russia delivered 2019 Su-30 fighters to Algeria.", "Su-30")]
    [InlineData("The deal for $500 million F-16 upgrades was signed.", "F-16")]
    public void A_year_or_an_amount_of_money_is_no_quantity(string text, string item) =>
        Assert.Null(QuantityOf(text, item));

    [Theory]
    [InlineData("The State Department approved the sale of three dozen Apache helicopters to Morocco.", "Apache", 36)]
    [InlineData("Russia sold a dozen Su-30 fighters to Algeria.", "Su-30", 12)]
    [InlineData("Bangladesh has received the first four of eight MiG-29 fighters.", "MiG-29", 4)]
    public void Dozens_multiply_and_a_part_is_counted_not_the_whole(string text, string item, int quantity) =>
        Assert.Equal(quantity, QuantityOf(text, item));

    [Fact]
    public void One_item_told_twice_keeps_the_number_either_mention_gives()
    {
        // "eight jets, Sukhoi Su-30 MKA fighters": "jets" carries the Su-30 told before, so the two mentions are one
        // claim, the one naming the system, counted by the other.
        var text = "Algeria ordered Su-30 MKA fighters from Russia. Algeria took delivery of eight jets, Sukhoi Su-30 MKA fighters, from Russia.";
        var claim = Assert.Single(ExtractedClaims.Of(text), c => c.Evidence.StartsWith("Algeria took", StringComparison.Ordinal));
        Assert.Equal(("Su-30", 8), (claim.System, claim.Quantity));
    }

    [Theory]
    [InlineData("The Czech Republic sent several dozen T-72 tanks to Ukraine.", "T-72")]
    [InlineData("The contract for the 155mm K9 Thunder howitzers was signed.", "K9")]
    public void A_vague_number_or_a_measure_is_no_quantity(string text, string item) =>
        Assert.Null(QuantityOf(text, item));
}
