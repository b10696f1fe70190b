using ArmsWatch.Documents;
using ArmsWatch.Extraction;

namespace ArmsWatch.Tests.Extraction;

/// <summary>A headline's credit after a colon, a dash or in brackets (rule <c>headline-credit</c>), on headlines written for it.</summary>
public class HeadlineCreditTests
{
    private static string? CreditOf(string headline)
    {
        var document = ExtractedClaims.Pipeline.Analyze(new SourceDocument("test", headline, Published: new PublicationDate(2019, 5)));
        Assert.Single(document.Sentences);
        return HeadlineCredit.Of(document.Sentences[0], document.SpansIn(0), EntityMentions.Of(document, 0));
    }

    [Theory]
    [InlineData("State Department approves possible sale of Apache helicopters to Qatar: Pentagon", "Pentagon")]
    [InlineData("Russia to sell S-400 missiles to India - Interfax", "Interfax")]
    [InlineData("Algeria takes delivery of Su-30 fighters from Russia (Reuters)", "Reuters")]
    public void A_credited_organisation_or_outlet_is_the_source(string headline, string source) =>
        Assert.Equal(source, CreditOf(headline));

    [Theory]
    [InlineData("Iran denies buying S-300 missiles: Russia")]                       // a state speaks for itself
    [InlineData("Polish M-346 jet trainers over Warsaw - Leonardo")]                // a caption credits its photograph
    [InlineData("Russia delivered S-400 missiles to Turkey: Pentagon.")]           // a sentence with its stop is no headline
    [InlineData("Pentagon clears sale of MiG-29 jets")]                             // no credit
    [InlineData("India orders MiG-29 jets from Russia: a deal worth $1 billion")]   // after the colon, no name
    public void Anything_else_credits_no_source(string headline) =>
        Assert.Null(CreditOf(headline));

    [Fact]
    public void The_extractor_gives_the_credit_to_the_headlines_claim() =>
        Assert.Contains(ExtractedClaims.Of("State Department approves possible sale of Apache helicopters to Qatar: Pentagon"),
            claim => claim.Source == "Pentagon");
}
