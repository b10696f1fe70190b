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
    [InlineData("The handover went ahead in spring; it was originally scheduled for 2021.", 2021)]
    [InlineData("Deliveries were expected in 2019 but slipped.", 2019)]
    public void Past_verbs_keep_a_year_past(string sentence, int year) =>
        Assert.Contains(DateMentions.Years(sentence), m => m.Year == year && !m.IsFuture);

    [Theory]
    [InlineData("Parliament must approve the option by not later than the year 2030.", 2030)]
    [InlineData("The fleet is to stay in service until the year 2040.", 2040)]
    public void A_deadline_may_name_the_year_as_such(string sentence, int year) =>
        Assert.Contains(DateMentions.Years(sentence), m => m.Year == year && m.IsFuture);

    [Fact]
    public void A_span_of_days_is_dated_by_its_first_day() =>
        Assert.Contains(DateMentions.FullDates("Arms control workshop, Geneva, March 3-4, 2018"), m => (m.Year, m.Month, m.Day) == (2018, 3, 3));

    [Fact]
    public void A_range_of_years_keeps_its_first_year() =>
        Assert.Contains(DateMentions.Years("The defence budget for 2031-32 was tabled."), m => (m.FromYear, m.Year) == (2031, 2032));

    [Fact]
    public void A_range_of_years_named_without_a_past_verb_has_only_begun() =>
        Assert.Equal(2024, Estimate("The finance minister presented a defence budget of $9 billion for 2024-25 on Tuesday.")?.Date.Year);

    [Fact]
    public void A_range_of_years_told_in_the_past_has_ended() =>
        Assert.Equal(2022, Estimate("The money for the jets was not set aside in the 2021/22 financial year, the minister said.")?.Date.Year);

    [Theory]
    // April 2 fell on a Tuesday in 2019 and 2024; only 2024 follows the order named.
    [InlineData("The shipyard said on Tuesday (April 2) that the navy had signed for two submarines. The navy ordered frigates in 2020.", 2024)]
    // November 9 fell on a Monday in 2020 (and in 2026, past the table).
    [InlineData("Five helicopters landed at the air base on Monday the 9th of November. The contract was signed in 2019.", 2020)]
    [InlineData("Five helicopters landed at the air base on Monday, 9 November. The contract was signed in 2019.", 2020)]
    public void A_weekday_written_with_its_day_in_any_order_picks_the_year(string text, int year) =>
        Assert.Equal(year, Estimate(text)?.Date.Year);

    [Fact]
    public void A_month_named_with_its_year_is_looked_back_on_from_a_later_month() =>
        Assert.Equal(2022, Estimate("The order for the armoured vehicles was booked in December 2021, the manufacturer confirmed.")?.Date.Year);

    [Fact]
    public void A_year_looked_back_on_is_before_the_year_of_writing() =>
        Assert.Equal(2020, Estimate("Back in 2019, the two states agreed on air defence co-operation; the contract for the missiles was signed on Thursday.")?.Date.Year);

    [Fact]
    public void An_act_numbered_within_its_year_dates_the_text_after_it() =>
        Assert.Equal(2023, Estimate("On 3 May the president signed Decree No. 7.120/2023 authorising the donation of twelve trucks to the army of its neighbour.")?.Date.Year);

    [Fact]
    public void A_date_at_the_top_later_than_the_pages_update_stamp_is_the_sites_clock()
    {
        var page = "Wednesday, June 4, 2025\n\nUpdate : 12 Feb 2019, 10:05 AM\nThe navy commissioned two frigates built abroad on Sunday.";
        Assert.Equal(new EstimatedDate(new PublicationDate(2019, 2), DateSource.TextDate), Estimator.EstimateWithSource(page, page));
    }

    [Fact]
    public void A_plan_told_in_the_past_does_not_cap_the_date()
    {
        // "was scheduled for" a date that has passed: the demonstration on 8 March came after it.
        var text = "The flying demonstration took place on 8 March; it was previously scheduled for 14 November 2023. The air force first announced an order in May 2021.";
        Assert.Equal(2024, Estimate(text)?.Date.Year);
    }

    [Fact]
    public void A_long_line_cut_by_the_header_window_is_no_date_line()
    {
        // The month and year end just inside the first 400 characters, on a line that runs on past them.
        var opening = "The ministry announced on Friday that the two firms had signed a licence to build the armoured vehicles in the country. " +
                      "The agreement enables local production for the army's wheeled carrier programme, which is to replace older vehicles. " +
                      "Neither the number of vehicles nor the value of the deal was disclosed.\n\n";
        var text = opening + string.Concat(Enumerable.Repeat("Filler words. ", (360 - opening.Length) / 14)) + "As noted, in May 2022 the vehicle was selected by the programme and the deal was signed on 31 August 2023.";
        Assert.True(text.IndexOf("May 2022", StringComparison.Ordinal) + "May 2022".Length <= 400);
        Assert.NotEqual(new PublicationDate(2022, 5), Estimate(text)?.Date);
    }

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
    public void An_update_stamp_within_three_years_of_the_latest_past_named_dates_the_page()
    {
        // The stamp is read from the page as read; the text the estimator weighs is the article without it.
        const string body = "From 1991 to 2020, Ukraine signed arms contracts with Pakistan worth $1.6 billion.";
        Assert.Equal(new EstimatedDate(new PublicationDate(2023, 3), DateSource.TextDate),
            Estimator.EstimateWithSource(body, "| Updated: 19 March, 2023 4:19 pm IST\n\n" + body));
        // A text that names nothing after 2001 is no page of 2016: the stamp only bounds it.
        const string old = "In 2001 Russia agreed to sell S-300 missiles to Iran.";
        Assert.Equal(2001, Estimator.EstimateWithSource(old, ". Last Updated: 07/27/2016\n\n" + old)?.Date.Year);
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

    [Theory]
    [InlineData("The contract is worth almost twice the company's 2021 sales, which amounted to $1.5 billion.")]
    [InlineData("Exports in 2021 totalled $1.5 billion, the ministry said, and the new deals are worth twice as much.")]
    public void A_years_total_told_as_complete_is_of_a_year_that_has_ended(string text) =>
        Assert.Equal(2022, Estimate(text)?.Date.Year);

    [Fact]
    public void A_text_calling_its_own_year_this_year_names_a_later_year_by_number()
    {
        // Written in 2015: "this year" is the writing year, and "2016" is the year after it.
        var text = "The first batch of tanks is due in September this year, and all deliveries are expected to be complete by the end of 2016.";
        Assert.Equal(2015, Estimate(text)?.Date.Year);
    }

    [Fact]
    public void A_deadline_year_alone_is_the_writing_year_without_this_year() =>
        Assert.Equal(2016, Estimate("All deliveries are expected to be complete by the end of 2016.")?.Date.Year);

    [Fact]
    public void Secondary_arms_importers_officials_date_a_text()
    {
        // Nigeria's defence minister from August 2019 to May 2023: the middle of his tenure.
        var estimate = Estimate("Minister of Defence Bashir Magashi received the aircraft at the ceremony.");
        Assert.InRange(estimate!.Value.Date.Year, 2019, 2023);
    }

    private static (PublicationDate, DateSource) Dated(SourceDocument document) => (document.Published!.Value, document.PublishedFrom!.Value);
}
