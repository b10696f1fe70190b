using System.Text.Json;
using ArmsWatch.Documents;
using ArmsWatch.Extraction;

namespace ArmsWatch.Tests.Extraction;

/// <summary>A document's date travels as the contract writes it, and back.</summary>
public class PublicationDateJsonTests
{
    [Theory]
    [InlineData(2001, null, null, "2001")]
    [InlineData(2001, 3, null, "2001-03")]
    [InlineData(2001, 3, 14, "2001-03-14")]
    public void A_date_is_written_to_its_precision_and_read_back(int year, int? month, int? day, string written)
    {
        var claims = new DocumentClaims { Doc = "d", Published = new PublicationDate(year, month, day) };

        var json = JsonSerializer.Serialize(claims, ClaimsJson.Options);

        Assert.Contains($"\"published\":\"{written}\"", json);
        Assert.Equal(claims.Published, JsonSerializer.Deserialize<DocumentClaims>(json, ClaimsJson.Options)!.Published);
    }

    [Fact]
    public void No_date_is_null_and_a_wrong_one_is_refused()
    {
        Assert.Null(JsonSerializer.Deserialize<DocumentClaims>("""{"doc":"d","published":null}""", ClaimsJson.Options)!.Published);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DocumentClaims>("""{"doc":"d","published":"spring"}""", ClaimsJson.Options));
    }
}
