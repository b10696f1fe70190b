using ArmsWatch.Extraction;

namespace ArmsWatch.Tests.Extraction;

/// <summary>A party coordinated with the chosen supplier or recipient gets a claim of its own (rule
/// <c>coordinated-parties</c>), and a list of states plays one role, on sentences written for it.</summary>
public class CoordinatedPartiesTests
{
    private static IReadOnlyList<Claim> Claims(string text) => ExtractedClaims.Of(text);

    [Fact]
    public void Recipients_listed_together_each_receive()
    {
        var claims = Claims("Russia delivered S-400 systems to China, India and Turkey.");

        Assert.Equal(["CHN", "IND", "TUR"], claims.Select(c => c.Recipient).Distinct().Order());
        Assert.All(claims, c => Assert.Equal("RUS", c.Supplier));
    }

    [Fact]
    public void A_list_of_users_with_the_maker_among_them_names_recipients_only()
    {
        var claims = Claims("The KT-1 is now in service with South Korea, Indonesia, Turkey and Peru.");

        Assert.All(claims, c => Assert.Equal("KOR", c.Supplier));
        Assert.Contains(claims, c => c.Recipient == "IDN");
    }

    [Theory]
    [InlineData("Thailand became the fifth nation to order the Gripen, joining the Czech Republic, Hungary, South Africa and Sweden.", "SWE", "CZE")]
    [InlineData("The Erieye radar has been bought by customers including Brazil, Greece, Mexico, Pakistan and Sweden.", "SWE", "GRC")]
    public void The_maker_listed_with_its_customers_supplies_them(string text, string maker, string customer)
    {
        var claims = Claims(text);

        Assert.All(claims, c => Assert.Equal(maker, c.Supplier));
        Assert.Contains(claims, c => c.Recipient == customer);
    }
}
