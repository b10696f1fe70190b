using ArmsWatch.Documents;
using ArmsWatch.Extraction;
using ArmsWatch.Reading;

namespace ArmsWatch.Tests.Extraction;

/// <summary>SIPRI's first order and delivery years as a lower bound on when a text was written (DealYears, and the
/// pipeline's use of it for dates estimated from the text).</summary>
public sealed class DealYearsTests
{
    private static readonly DealYears Years = DealYears.Shipped();

    private static AnalyzedDocument Analyzed(string text, int? estimated = null) => ExtractedClaims.Pipeline.Analyze(
        new SourceDocument("test", text, Published: estimated is { } year ? new PublicationDate(year) : null,
            PublishedFrom: estimated is null ? null : DateSource.Estimate));

    // A claim of the item written in the document's text, as extraction would make it.
    private static Claim ClaimOf(AnalyzedDocument document, string item, Stage stage, Certainty certainty = Certainty.Fact)
    {
        var start = document.Source.Text.IndexOf(item, StringComparison.Ordinal);
        return new() { Supplier = "RUS", Recipient = "DZA", Item = item, ItemStart = start, ItemEnd = start + item.Length, Stage = stage, Certainty = certainty, Evidence = item };
    }

    private static int? Bound(string text, string item, Stage stage, Certainty certainty = Certainty.Fact)
    {
        var document = Analyzed(text);
        return Years.WrittenNoEarlierThan(document, [ClaimOf(document, item, stage, certainty)]);
    }

    [Fact]
    public void An_order_told_as_done_is_no_older_than_the_registers_first_order() =>
        // SIPRI records Russia's first order of MiG-29M fighters for Algeria in 2019; the knowledge stage reads
        // "MiG-29M/M2" as the MiG-29M, not the MiG-29 Algeria first ordered in 1999.
        Assert.Equal(2019, Bound("Algeria had ordered another 14 MiG-29M/M2 aircraft from Russia.", "MiG-29M/M2 aircraft", Stage.Agreement));

    [Fact]
    public void A_delivery_told_as_done_is_no_older_than_the_registers_first_delivery() =>
        Assert.Equal(2020, Bound("Algeria received MiG-29M fighters from Russia.", "MiG-29M fighters", Stage.Delivery));

    [Fact]
    public void The_latest_bound_of_the_claims_counts()
    {
        var document = Analyzed("Algeria ordered MiG-29 jets from Russia, and later MiG-29M jets.");
        Assert.Equal(2019, Years.WrittenNoEarlierThan(document, [ClaimOf(document, "MiG-29 jets", Stage.Agreement), ClaimOf(document, "MiG-29M jets", Stage.Agreement)]));
    }

    [Theory]
    [InlineData(Stage.Agreement, Certainty.Planned)]
    [InlineData(Stage.Agreement, Certainty.Denied)]
    [InlineData(Stage.Request, Certainty.Fact)]
    [InlineData(Stage.Offer, Certainty.Fact)]
    public void A_step_not_told_as_done_or_no_order_or_delivery_bounds_nothing(Stage stage, Certainty certainty) =>
        Assert.Null(Bound("Algeria and Russia discussed MiG-29M fighters.", "MiG-29M fighters", stage, certainty));

    [Fact]
    public void An_item_that_names_no_designation_bounds_nothing() =>
        Assert.Null(Bound("Algeria received new fighter jets from Russia.", "fighter jets", Stage.Delivery));

    [Theory]
    [InlineData(null, 2020)]
    [InlineData(2018, 2020)]
    [InlineData(2017, 2020)]
    [InlineData(2016, null)]
    [InlineData(2021, null)]
    public void An_estimate_moves_to_the_bound_at_most_three_years_ahead(int? estimated, int? moved)
    {
        var document = Analyzed("Algeria received MiG-29M fighters from Russia.", estimated);
        Assert.Equal(moved, Years.MovedDate(document, [ClaimOf(document, "MiG-29M fighters", Stage.Delivery)])?.Year);
    }

    [Fact]
    public void An_estimated_date_the_register_shows_too_early_moves_to_the_year_it_allows()
    {
        // The text names no year and no official: the reader cannot date it; the register can bound it.
        var source = new DocumentReader().FromText("test", "Algeria has taken delivery of its first MiG-29M fighters from Russia, the defence ministry said.");
        Assert.Null(source.Published);
        var claims = ExtractedClaims.Pipeline.Extract(source);
        Assert.Equal(new PublicationDate(2020), claims.Published);
        Assert.All(claims.Claims, c => Assert.Equal(2020, c.Year));
    }

    [Fact]
    public void A_date_the_input_gives_is_kept() =>
        Assert.Equal(new PublicationDate(2015), ExtractedClaims.Pipeline.Extract(new SourceDocument("test", "Algeria has taken delivery of its first MiG-29M fighters from Russia.",
            Published: new PublicationDate(2015), PublishedFrom: DateSource.Input)).Published);
}
