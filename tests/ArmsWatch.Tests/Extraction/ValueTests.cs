using ArmsWatch.Extraction;

namespace ArmsWatch.Tests.Extraction;

/// <summary>Which claim of a sentence carries the money value it states (ClaimAttributes.Values), on sentences written for it.</summary>
public sealed class ValueTests
{
    private static IReadOnlyList<Claim> Claims(string text) => ExtractedClaims.Of(text);

    [Fact]
    public void Equipment_named_after_a_system_leaves_the_sum_to_the_system()
    {
        var claims = Claims("The State Department approved a possible sale of JSOW and related equipment to Morocco for an estimated cost of $250 million.");
        Assert.Equal(250_000_000m, Assert.Single(claims, c => c.Item == "JSOW").ValueUsd);
        Assert.All(claims.Where(c => c.Item != "JSOW"), c => Assert.Null(c.ValueUsd));
    }

    [Fact]
    public void A_word_for_the_whole_package_takes_the_sum_of_the_systems_it_lists()
    {
        var claims = Claims("Egypt and France signed agreements whereby Paris will supply Cairo with 24 Rafale combat jets and a FREMM multipurpose frigate worth $5.9 billion.");
        Assert.Equal(5_900_000_000m, Assert.Single(claims, c => c.Item == "agreements").ValueUsd);
        Assert.All(claims.Where(c => c.System is not null), c => Assert.Null(c.ValueUsd));
    }
}
