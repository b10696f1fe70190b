using ArmsWatch.Documents;
using ArmsWatch.Reading;

namespace ArmsWatch.Tests.Reading;

/// <summary>Each rule the reader dates a text by, one behaviour per test (PublicationDateEstimator, DateMentions, DateStamps, DocumentReader).</summary>
public sealed class DatingRulesTests
{
    private static readonly PublicationDateEstimator Estimator = new(OfficeHolders.LoadShipped());

    private static readonly DocumentReader Reader = new(Estimator);

    private static EstimatedDate? Estimate(string text) => Estimator.EstimateWithSource(text);

    [Fact]
    public void Weekday_full_date_in_the_text_beats_the_middle_of_a_tenure()
    {
        var estimate = Estimate("Defence Secretary Ben Wallace said the aid would continue. On Thursday, July 22, 2021, the ministry confirmed the delivery of the missiles.");
        Assert.Equal(new EstimatedDate(new PublicationDate(2021, 7, 22), DateSource.TextDate), estimate);
    }

    [Fact]
    public void A_full_date_whose_weekday_does_not_agree_is_not_taken_as_written()
    {
        // July 22, 2021 was a Thursday, not a Monday.
        Assert.NotEqual(DateSource.TextDate, Estimate("The ministry confirmed the delivery on Monday, July 22, 2021, officials said.")?.Source);
    }

    [Fact]
    public void Tenures_bound_the_date_without_a_clock()
    {
        // Putin and Peskov: open-ended tenures end at the table's as-of month, never at today's date.
        var text = "Presidential spokesman Dmitry Peskov said President Vladimir Putin discussed the S-400 deal.";
        var asOfTable = new PublicationDateEstimator(OfficeHolders.LoadShipped()).Estimate(text);
        var asOfExplicit = new PublicationDateEstimator(OfficeHolders.LoadShipped(), new DateTime(2026, 1, 15)).Estimate(text);
        Assert.Equal(asOfExplicit, asOfTable);
        Assert.InRange(asOfTable!.Value.Year, 2012, 2026);
    }

    [Fact]
    public void The_office_holders_table_states_its_as_of_month() =>
        Assert.Equal(new YearMonth(2026, 1), OfficeHolders.LoadShipped().AsOf);

    [Fact]
    public void A_dateline_and_a_weekday_pick_the_year_after_the_latest_past_year()
    {
        // February 4 fell on a Friday in 2022, and in no other year from 2015 to the table's as-of month.
        var text = "MOSCOW, February 4. /TASS/. Gazprom and CNPC signed a long-term agreement, the company said in a statement on Friday.\n\nThe two companies signed a memorandum back in 2015.";
        Assert.Equal(new PublicationDate(2022, 2, 4), Estimate(text)?.Date);
    }

    [Fact]
    public void A_title_case_word_before_a_date_is_no_dateline()
    {
        // "On Feb. 16," is an event; read as a dateline with "Wednesday" it would date the text to 2022.
        var text = "Egypt may receive three Rafale jets by this summer for the opening of the canal in August 2015, the paper reported Wednesday.\nOn Feb. 16, Egypt and France signed agreements for 24 Rafale jets.";
        Assert.Equal(2015, Estimate(text)?.Date.Year);
    }

    [Fact]
    public void A_short_line_starting_with_month_and_day_is_a_date_line()
    {
        var estimate = Estimate("Russia, India seal deal on S-400 systems\n\nOctober 05, 12:36 UTC+3\n\nPresident Vladimir Putin and Prime Minister Narendra Modi signed the S-400 contract.");
        Assert.Equal((10, 5), (estimate?.Date.Month, estimate?.Date.Day));
    }

    [Fact]
    public void Latest_past_year_dates_a_text_that_names_nothing_else() =>
        Assert.Equal(2010, Estimate("Russia signed the contract in 2007 and suspended it in 2010.")?.Date.Year);

    [Theory]
    [InlineData("The armed forces will receive 38 tanks this year, 42 in 2025, and 28 in 2026.", 2026)]
    [InlineData("The firm aims to deliver two jets a month, delivering 18 in 2015 and the final three in 2016.", 2016)]
    [InlineData("A pre-series will be delivered for trials in 2019, with main deliveries beginning in 2020.", 2020)]
    [InlineData("The government wants its first nuclear power station to go online in 2033.", 2033)]
    [InlineData("KAI will fly prototypes in stages till the first half of 2023.", 2023)]
    [InlineData("Egypt may receive the first jets in August 2015.", 2015)]
    public void Future_cues_make_a_year_future(string sentence, int year) =>
        Assert.Contains(DateMentions.Years(sentence), m => m.Year == year && m.IsFuture);

    [Theory]
    [InlineData("Georgia was part of the USSR until 1991.", 1991)]
    [InlineData("The jets are expected to be delivered under a contract signed in September 2022.", 2022)]
    [InlineData("Russia is to hold talks with Sergeyev, who made a trip to Tehran in 2000.", 2000)]
    public void Past_verbs_keep_a_year_past(string sentence, int year) =>
        Assert.Contains(DateMentions.Years(sentence), m => m.Year == year && !m.IsFuture);

    [Fact]
    public void Dashed_day_month_year_is_a_date() =>
        Assert.Contains(DateMentions.FullDates("10-9-2023 (YANGON) Myanmar has taken delivery of two Su-30 jets."), m => (m.Year, m.Month, m.Day) == (2023, 9, 10));

    [Fact]
    public void A_published_stamp_dates_the_text_even_though_it_is_furniture()
    {
        var page = "Panama finds MiG jets\n\nPUBLISHED : Tuesday, 23 July, 2013, 12:00am\nUPDATED : Tuesday, 23 July, 2013, 3:41am\n\nPanamanian investigators found two MiG-21 jets on the ship.";
        var document = Reader.FromText("t", page);
        Assert.DoesNotContain("PUBLISHED", document.Text);
        Assert.Equal((new PublicationDate(2013, 7, 23), DateSource.TextDate), (document.Published!.Value, document.PublishedFrom!.Value));
    }

    [Fact]
    public void An_update_stamp_bounds_the_date_but_is_not_it()
    {
        var (published, updated) = DateStamps.Find(". Last Updated: 07/27/2016\n\nVisiting Khatami to Deal For Arms");
        Assert.Null(published);
        Assert.Equal(new YearMonth(2016, 7), updated);
        Assert.Equal(2023, Reader.FromText("t", "| Updated: 19 March, 2023 4:19 pm IST\n\nPakistan plans to transfer T-80UD tanks to Ukraine.").Published?.Year);
    }

    [Fact]
    public void A_defense_secretary_title_picks_the_secretary_of_defense_tenure()
    {
        var mention = Assert.Single(OfficeHolders.LoadShipped().FindIn("acting US Defense Secretary Patrick Shanahan wrote a letter."));
        Assert.Equal("secretary of defense", Assert.Single(mention.Tenures).Role);
    }

    [Fact]
    public void Dates_come_from_the_input_then_metadata_then_the_address_then_the_text()
    {
        const string text = "MOSCOW, Aug. 9 (Xinhua) -- Russia has delivered S-300 systems to Iran under a contract signed in 2007.";
        const string url = "https://example.org/news/2016/08/09/s300";
        Assert.Equal((new PublicationDate(2017, 1), DateSource.Input), Dated(Reader.FromText("a", text, url: url, published: new PublicationDate(2017, 1))));
        Assert.Equal((new PublicationDate(2016, 8, 9), DateSource.Url), Dated(Reader.FromText("b", text, url: url)));
        Assert.Equal(DateSource.Estimate, Reader.FromText("c", text).PublishedFrom);
        var page = $"<html><head><meta property=\"article:published_time\" content=\"2016-08-10\"></head><body><p>{text}</p></body></html>";
        Assert.Equal((new PublicationDate(2016, 8, 10), DateSource.Metadata), Dated(Reader.FromHtml("d", page, url)));
    }

    [Fact]
    public void A_year_month_address_is_made_precise_by_the_texts_dateline()
    {
        var document = Reader.FromText("a", "MOSCOW, Aug. 9 (Xinhua) -- Russia has delivered S-300 systems to Iran, officials said in 2016.", url: "https://example.org/2016/08/s300");
        Assert.Equal((new PublicationDate(2016, 8, 9), DateSource.Url), Dated(document));
    }

    [Fact]
    public void The_address_wins_over_the_years_a_text_names()
    {
        var document = Reader.FromText("a", "Israel lifted its ban on drone exports to Azerbaijan, imposed after a demonstration in August 2017.", url: "https://massispost.com/2019/02/israel-lifts-ban/");
        Assert.Equal((new PublicationDate(2019, 2), DateSource.Url), Dated(document));
    }

    private static (PublicationDate, DateSource) Dated(SourceDocument document) => (document.Published!.Value, document.PublishedFrom!.Value);
}
