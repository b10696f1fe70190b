using ArmsWatch.Documents;
using ArmsWatch.Reading;

namespace ArmsWatch.Tests.Reading;

public sealed class PublicationDateEstimatorTests
{
    private static readonly OfficeHolders Holders = OfficeHolders.LoadShipped();

    // A fixed "today" so open-ended tenures end at the same month whenever the tests run.
    private static readonly PublicationDateEstimator Estimator = new(Holders, new DateTime(2026, 1, 1));

    private static PublicationDate? Estimate(string text) => Estimator.Estimate(text);

    private static string Seed(string name) => PageFurniture.Strip(TextDecoder.Decode(File.ReadAllBytes(SharedFiles.Seed(name))));

    [Theory]
    [InlineData("seed-000.txt")]
    [InlineData("seed-001.txt")]
    public void Seeds_are_dated_2001(string seed) => Assert.Equal(2001, Estimate(Seed(seed))?.Year);

    [Fact]
    public void Banner_date_is_not_the_article_date()
    {
        var raw = TextDecoder.Decode(File.ReadAllBytes(SharedFiles.Seed("seed-000.txt")));
        var reader = new DocumentReader(Estimator);
        Assert.NotEqual(2016, reader.FromText("seed-000", raw).Published?.Year);
    }

    [Fact]
    public void Date_line_at_the_top_gives_the_full_date() =>
        Assert.Equal(new PublicationDate(2016, 8, 9), Estimate("Russia delivers S-300s\n\nAdded On August 9, 2016\n\nMOSCOW, Aug. 9 (Xinhua) -- Russia has delivered missiles."));

    [Fact]
    public void Yearless_dateline_takes_its_year_from_officials_and_weekday() =>
        Assert.Equal(new PublicationDate(2015, 12, 16), Estimate(
            "WASHINGTON Dec 16 President Barack Obama's administration notified Congress on Wednesday of an arms sale to Taiwan, a year after the 2014 law."));

    [Fact]
    public void Weekday_with_date_picks_the_year_it_fell_on_that_weekday()
    {
        // While Putin and Khatami were both presidents, March 12 fell on a Monday only in 2001.
        var text = "President Vladimir Putin will receive Iranian President Mohammad Khatami on Monday, March 12, officials said.";
        Assert.Equal(2001, Estimate(text)?.Year);
    }

    [Fact]
    public void Future_deadline_caps_the_year()
    {
        var text = "The memorandum obliged Russia to stop deliveries by Dec. 31, 2001, officials said. Deals signed in 1995 continue.";
        var estimate = Estimate(text);
        Assert.InRange(estimate!.Value.Year, 1995, 2001);
    }

    [Fact]
    public void Latest_past_year_is_a_lower_bound() =>
        Assert.Equal(2010, Estimate("Russia signed the contract in 2007 and suspended it in 2010.")?.Year);

    [Fact]
    public void Last_year_beside_a_year_places_the_text_a_year_later() =>
        Assert.Equal(2016, Estimate("Exports reached $14 billion last year (2015), the agency said.")?.Year);

    [Fact]
    public void Former_office_holders_do_not_date_the_text() =>
        Assert.Null(Estimate("Former President Bill Clinton spoke about arms control."));

    [Fact]
    public void Text_without_time_references_has_no_date() =>
        Assert.Null(Estimate("Russia is in talks to sell air defense missiles to Iran."));

    [Fact]
    public void An_administration_named_by_its_head_dates_the_text_to_the_head_s_tenure() =>
        Assert.InRange(Estimate("In 2006, the request was refused. The Obama administration has approved the sale of the jets to Egypt.")?.Year ?? 0, 2009, 2016);

    [Fact]
    public void Officials_named_together_date_the_text_to_their_shared_tenure() =>
        Assert.Equal(2014, Estimate("President Francois Hollande discussed the Mistral ships with President Vladimir Putin.")?.Year);
}
