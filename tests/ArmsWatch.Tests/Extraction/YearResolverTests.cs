using ArmsWatch.Documents;
using ArmsWatch.Extraction;

namespace ArmsWatch.Tests.Extraction;

/// <summary>A claim's year from its own time expression first, then the article's date (YearResolver).</summary>
public sealed class YearResolverTests
{
    private static ArmsWatchPipeline Pipeline => ExtractedClaims.Pipeline;

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
        // Each clause's claim is dated by its own time expression: the purchase "late last year", the delivery "in April".
        var tree = Pipeline.Analyze(new SourceDocument("test", "Chile bought two Type 23 frigates from Britain late last year, and Britain delivered the frigates to Chile in April.")).Trees[0];
        var words = tree.Tokens.Select(t => t.Text).ToList();
        var published = new PublicationDate(2021, 6);
        Assert.Equal(2020, YearResolver.Resolve(tree, words.IndexOf("bought"), words.IndexOf("frigates"), published));
        Assert.Equal(2021, YearResolver.Resolve(tree, words.IndexOf("delivered"), words.LastIndexOf("frigates"), published));
    }

    [Fact]
    public void A_year_of_the_verb_the_cue_controls_dates_the_claim() =>
        Assert.Equal(2011, YearOf("Uganda was in 2011 the first African country to buy Su-30 fighters from Russia.", "Su-30", new PublicationDate(2022, 3)));

    [Fact]
    public void Last_month_in_january_is_last_years() =>
        Assert.Equal(2018, YearOf("Last month Egypt ordered 24 Rafale jets from France.", "Rafale", new PublicationDate(2019, 1)));
    [Theory]
    [InlineData(2002, 1, 2001)]
    [InlineData(2002, 7, 2002)]
    public void Last_spring_is_the_latest_spring_before_the_article(int year, int month, int expected) =>
        Assert.Equal(expected, YearOf("Last spring, the United States agreed to sell four Kidd-class destroyers to Taiwan.", "Kidd", new PublicationDate(year, month)));

    [Theory]
    [InlineData("Last December Russia delivered six Su-30 fighters to Uganda.", 2011, null, 2010)]
    [InlineData("Last February Russia delivered six Su-30 fighters to Uganda.", 2011, 6, 2011)]
    [InlineData("Last February Russia delivered six Su-30 fighters to Uganda.", 2011, 2, 2010)]
    public void Last_month_named_is_the_latest_such_month_before_the_article(string text, int year, int? month, int expected) =>
        Assert.Equal(expected, YearOf(text, "Su-30", new PublicationDate(year, month)));

    [Theory]
    [InlineData(1, 2019)]
    [InlineData(6, 2020)]
    public void Months_ago_count_back_across_the_new_year(int month, int expected) =>
        Assert.Equal(expected, YearOf("Two months ago Russia delivered six Su-30 fighters to Uganda.", "Su-30", new PublicationDate(2020, month)));

    [Fact]
    public void A_decade_ago_counts_back_ten_years() =>
        Assert.Equal(2015, YearOf("Egypt ordered 24 Rafale jets from France a decade ago.", "Rafale", new PublicationDate(2025, 5)));

    [Fact]
    public void The_time_of_a_scheduled_step_dates_the_plan() =>
        Assert.Equal(2026, YearOf("The remaining Leopard tanks are scheduled to be delivered to Norway by Germany in 2026.", "Leopard", new PublicationDate(2025)));

    [Theory]
    [InlineData("Russia will deliver the first S-400 regiment to India in January.", 2022)]
    [InlineData("Russia delivered the first S-400 regiment to India in January.", 2021)]
    public void A_month_before_the_articles_month_told_as_future_is_next_years(string text, int expected) =>
        Assert.Equal(expected, YearOf(text, "S-400", new PublicationDate(2021, 11)));

    [Theory]
    [InlineData("France signed a contract with Egypt to supply 30 Rafale jets by 2030.", 2021)]
    [InlineData("France will supply 30 Rafale jets to Egypt by 2030.", 2030)]
    public void A_deadline_dates_a_step_still_to_come_not_the_deal_signed(string text, int expected) =>
        Assert.Equal(expected, YearOf(text, "Rafale", new PublicationDate(2021, 6)));

    [Theory]
    [InlineData("Brazil has ordered 36 Gripen fighters from Sweden, and may buy more in the future.", 2022)]
    [InlineData("Brazil may buy more Gripen fighters from Sweden in the future.", null)]
    public void The_future_of_another_clause_leaves_the_claims_year(string text, int? expected) =>
        Assert.Equal(expected, YearOf(text, "Gripen", new PublicationDate(2022, 5)));

    [Theory]
    [InlineData("The US Army bought two Iron Dome batteries from Israel under the fiscal year 2019 budget.")]
    [InlineData("The US Army bought two Iron Dome batteries from Israel with FY2019 funds.")]
    public void A_fiscal_year_is_a_year(string text) =>
        Assert.Equal(2019, YearOf(text, "Iron Dome", new PublicationDate(2020, 3)));

    [Fact]
    public void The_last_year_of_a_period_is_not_last_year() =>
        Assert.Equal(1999, YearOf("Britain sold Hawk jets to Indonesia in the last year of the Major government.", "Hawk", new PublicationDate(1999, 9)));

    [Fact]
    public void A_participle_opening_the_sentence_dates_its_subject() =>
        Assert.Equal(2023, YearOf("Signed in December 2023, the contract covers 50 Fuchs vehicles that Germany will supply to Algeria.", "Fuchs", new PublicationDate(2024, 2)));

    [Fact]
    public void A_participle_opening_the_sentence_dates_the_order_it_describes_even_read_as_its_own_clause() =>
        // Parsed as two clauses, "Booked" the root and the clause after the comma joined to it.
        Assert.Equal(2022, YearOf("Germany will supply 40 Leopard tanks to Hungary. Booked in November 2022, the order is worth a figure in the high millions of euros.", "order", new PublicationDate(2024, 2)));

    [Theory]
    [InlineData("Deliveries of the Rafale jets from France to Greece will be made every six months starting from March 2026.", 2026)]
    [InlineData("France will deliver the Rafale jets to Greece in batches beginning in 2027.", 2027)]
    public void Starting_and_beginning_open_a_time_as_a_preposition_does(string text, int expected) =>
        Assert.Equal(expected, YearOf(text, "Rafale", new PublicationDate(2025, 5)));

    [Fact]
    public void The_time_of_the_clause_holding_the_item_dates_it_when_the_cues_clause_has_none() =>
        Assert.Equal(2022, YearOf("Hanwha was contracted by Poland in 2022 to build 48 K9 howitzers based on a Korean design and adapted to local requirements.", "K9", new PublicationDate(2023, 5)));

    [Fact]
    public void A_time_of_an_event_the_cues_clause_governs_is_not_the_claims()
    {
        // The stop ("suspension") governs the clause that May 2021 dates ("attempted ... during a display"): that is the
        // time of the attempt, not of the suspension of the drones' exports, which takes the article's year.
        const string text = "The suspension had been imposed on the firm after its crew attempted to bomb a post in Armenia during a display of its suicide drones in May 2021.";
        var tree = Pipeline.Analyze(new SourceDocument("test", text)).Trees[0];
        var words = tree.Tokens.Select(t => t.Text).ToList();
        Assert.Equal(2023, YearResolver.Resolve(tree, words.IndexOf("suspension"), words.IndexOf("drones"), new PublicationDate(2023, 5)));
    }

    [Fact]
    public void A_month_early_or_late_in_it_is_a_month() =>
        Assert.Equal(2015, YearOf("In late December, India ordered 36 Rafale jets from France.", "Rafale", new PublicationDate(2016, 1)));
}
