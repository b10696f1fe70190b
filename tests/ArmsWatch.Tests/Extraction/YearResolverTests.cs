using ArmsWatch.Documents;
using ArmsWatch.Extraction;

namespace ArmsWatch.Tests.Extraction;

/// <summary>A claim's year from its own time expression first, then the article's date (YearResolver).</summary>
public sealed class YearResolverTests
{
    private static readonly ArmsWatchPipeline Pipeline = ArmsWatchPipeline.LoadDefault();

    private static int? YearOf(string text, string item, PublicationDate published) =>
        Pipeline.Extract(new SourceDocument("test", text, Published: published)).Claims.First(c => c.Item.Contains(item)).Year;

    [Fact]
    public void A_year_in_the_claims_own_clause_is_its_year() =>
        Assert.Equal(2018, YearOf("Russia delivered S-400 systems to Turkey in 2018.", "S-400", new PublicationDate(2020)));

    [Fact]
    public void A_year_that_belongs_to_another_verb_is_not_the_claims()
    {
        // 2007 dates the contract ("signed"), not the delivery the sentence reports.
        var year = YearOf("Russia has delivered S-300 missile systems to Iran under a contract signed in 2007.", "S-300", new PublicationDate(2016, 8, 9));
        Assert.Equal(2016, year);
    }

    [Fact]
    public void A_year_of_a_verb_hanging_on_the_deal_dates_the_deal()
    {
        var claims = Pipeline.Extract(new SourceDocument("test", "Russia has delivered half of the S-300 missile systems to Iran in accordance with a weapon sales contract signed between the two countries in 2007.", Published: new PublicationDate(2016, 8, 9))).Claims;
        Assert.Contains(claims, c => c.Stage == Stage.Delivery && c.Year == 2016);
        Assert.Contains(claims, c => c.Stage == Stage.Agreement && c.Year == 2007);
    }

    [Fact]
    public void A_year_written_before_a_deal_dates_it() =>
        Assert.Equal(2007, YearOf("Under the 2007 contract, Russia sold five S-300 systems to Iran.", "S-300", new PublicationDate(2016)));

    [Fact]
    public void A_step_told_in_the_past_perfect_takes_the_articles_year() =>
        Assert.Equal(2022, YearOf("Zelensky said that Russia had ordered 2,400 Shahed-136 drones from Iran.", "drones", new PublicationDate(2022, 10)));

    [Theory]
    [InlineData("Two years ago France sold 24 Rafale jets to Qatar.", 2017)]
    [InlineData("A year ago France sold 24 Rafale jets to Qatar.", 2018)]
    [InlineData("Last year France sold 24 Rafale jets to Qatar.", 2018)]
    public void Years_ago_count_back_from_the_article(string text, int year) =>
        Assert.Equal(year, YearOf(text, "Rafale", new PublicationDate(2019, 5)));

    [Fact]
    public void A_month_after_the_articles_month_told_in_the_past_is_last_years() =>
        Assert.Equal(2014, YearOf("In November, Egypt ordered 24 Rafale jets from France.", "Rafale", new PublicationDate(2015, 3)));

    [Fact]
    public void A_year_dating_the_verb_that_governs_the_cue_dates_the_claim() =>
        Assert.Equal(2019, YearOf("In March 2019, Egypt signed a contract for the purchase of 24 Rafale jets from France.", "Rafale", new PublicationDate(2021, 6)));

    [Fact]
    public void This_year_nearest_the_cue_beats_a_later_year_in_the_list() =>
        Assert.Equal(2025, YearOf("Poland will receive 20 Leopard tanks from Germany this year, 30 in 2027 and 10 in 2028.", "Leopard", new PublicationDate(2025, 2)));

    [Fact]
    public void Last_year_dating_another_verb_is_not_the_claims()
    {
        // "last year" dates the order's agreement; the rifles arrived in the article's year.
        var claims = Pipeline.Extract(new SourceDocument("test", "Venezuela said it had received 5,000 Kalashnikov rifles from Russia, the first shipment of an order that was agreed with Moscow last year.", Published: new PublicationDate(2008, 7))).Claims;
        Assert.Contains(claims, c => c.Stage == Stage.Delivery && c.Year == 2008);
    }

    [Fact]
    public void A_time_of_a_conjoined_clause_is_not_the_claims()
    {
        var claims = Pipeline.Extract(new SourceDocument("test", "Chile bought two Type 23 frigates from Britain late last year, and Britain delivered the frigates to Chile in April.", Published: new PublicationDate(2021, 6))).Claims;
        // Each clause's claim by its own item (the stage of the second is the trained decision's reading).
        Assert.Contains(claims, c => c.Item == "Type 23 frigates" && c.Year == 2020);
        Assert.Contains(claims, c => c.Item == "frigates" && c.Year == 2021);
    }

    [Fact]
    public void A_year_of_the_verb_the_cue_controls_dates_the_claim() =>
        Assert.Equal(2011, YearOf("Uganda was in 2011 the first African country to buy Su-30 fighters from Russia.", "Su-30", new PublicationDate(2022, 3)));

    [Fact]
    public void Last_month_in_january_is_last_years() =>
        Assert.Equal(2018, YearOf("Last month Egypt ordered 24 Rafale jets from France.", "Rafale", new PublicationDate(2019, 1)));
}
