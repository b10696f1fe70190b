using ArmsWatch.Documents;
using ArmsWatch.Knowledge;
using ArmsWatch.Tests.Register;

namespace ArmsWatch.Tests.Knowledge;

/// <summary>The knowledge stage's sums of money, numbers counting something and dates naming a year, as spans.</summary>
public class AmountsAndDatesTests
{
    private static List<(string Text, Span Span)> SpansOf(string text, SpanKind kind, PublicationDate? published = null) =>
        RegisterTestData.Pipeline.Analyze(new SourceDocument("test", text, Published: published)).Spans
            .Where(span => span.Kind == kind)
            .Select(span => (text[span.Start..span.End], span))
            .ToList();

    [Fact]
    public void A_sum_in_dollars_is_a_span_with_its_value_in_dollars()
    {
        var sums = SpansOf("The US approved a $4.5 billion sale, after a deal worth 800 million dollars.", SpanKind.Money);
        Assert.Equal(["$4.5 billion", "800 million dollars"], sums.Select(s => s.Text));
        Assert.Equal([4_500_000_000m, 800_000_000m], sums.Select(s => s.Span.ValueUsd!.Value));
        Assert.All(sums, s => Assert.Equal(("USD", s.Span.ValueUsd), (s.Span.Currency, s.Span.Amount)));
    }

    [Theory]
    [InlineData("The frigate is worth $599999999999999999999.9 billion.")]       // found by the fuzzer: past a decimal
    [InlineData("The frigate is worth 599999999999999999999.9 billion dollars.")]
    public void A_sum_too_large_for_any_text_is_no_sum_and_no_error(string text) =>
        Assert.Empty(SpansOf(text, SpanKind.Money));

    [Theory]
    [InlineData("The deal is worth €450 million.", "€450 million", 450_000_000, "EUR")]
    [InlineData("India signed a Rs 7,523 crore order.", "Rs 7,523 crore", 75_230_000_000, "INR")]
    [InlineData("India placed a Rs. 500 crore order for tanks.", "Rs. 500 crore", 5_000_000_000, "INR")]
    [InlineData("Thailand signed a Baht19 billion contract.", "Baht19 billion", 19_000_000_000, "THB")]
    [InlineData("Greece will pay 500 million euros.", "500 million euros", 500_000_000, "EUR")]
    [InlineData("The ships cost 3 billion Australian dollars.", "3 billion Australian dollars", 3_000_000_000, "AUD")]
    [InlineData("The ships cost A$330.5 million.", "A$330.5 million", 330_500_000, "AUD")]
    public void A_sum_in_another_currency_has_its_amount_and_currency_and_no_dollar_value(string text, string written, long amount, string currency)
    {
        var (sumWritten, sum) = Assert.Single(SpansOf(text, SpanKind.Money));
        Assert.Equal((written, (decimal)amount, currency), (sumWritten, sum.Amount!.Value, sum.Currency));
        Assert.Null(sum.ValueUsd);
    }

    [Fact]
    public void A_currency_word_after_an_amount_needs_a_magnitude_and_must_be_the_word() =>
        Assert.Empty(SpansOf("The truck carried 500 pounds of explosives to the 3 billion Eurofighter programme.", SpanKind.Money));

    [Theory]
    [InlineData("Russia delivered eight MiG-29 fighters to Syria.", "eight", 8)]
    [InlineData("The US approved a sale of 36 F-16 jets to Turkey.", "36", 36)]
    [InlineData("Greece ordered three frigates.", "three", 3)]
    public void A_number_counting_equipment_is_a_quantity(string text, string written, int count)
    {
        var quantity = Assert.Single(SpansOf(text, SpanKind.Quantity));
        Assert.Equal((written, count), (quantity.Text, quantity.Span.Count));
    }

    [Theory]
    [InlineData("Greece bought Type 214 submarines in 2019.")]
    [InlineData("Exports rose 20 percent to $3 billion.")]
    public void A_number_in_a_name_a_year_a_sum_or_a_percentage_counts_nothing(string text) =>
        Assert.Empty(SpansOf(text, SpanKind.Quantity));

    [Fact]
    public void A_date_written_out_is_a_span_with_its_year_month_and_day_included()
    {
        var dates = SpansOf("Moscow, March 3, 2021. The 2019 deal was signed in 2018, and 22 July 2020 saw the first delivery.", SpanKind.Date);
        Assert.Equal(["March 3, 2021", "2019", "2018", "22 July 2020"], dates.Select(d => d.Text));
        Assert.Equal([2021, 2019, 2018, 2020], dates.Select(d => d.Span.Year!.Value));
        Assert.All(dates, d => Assert.Null(d.Span.Label));
    }

    [Fact]
    public void A_relative_date_takes_its_year_from_the_article_s_date_and_is_none_without_one()
    {
        const string text = "Russia delivered jets last year, tanks two years ago and ships last August.";
        var dates = SpansOf(text, SpanKind.Date, new PublicationDate(2021, 3));
        Assert.Equal([("last year", 2020), ("two years ago", 2019), ("last August", 2020)], dates.Select(d => (d.Text, d.Span.Year!.Value)));
        Assert.All(dates, d => Assert.Equal(SpanLabel.Relative, d.Span.Label));
        Assert.Empty(SpansOf(text, SpanKind.Date));
    }

    [Fact]
    public void A_currency_table_with_a_place_that_is_neither_before_nor_after_is_refused()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "written\tcode\tplace\n$\tUSD\tbefore\n€\tEUR\tbehind\n");
            var error = Assert.Throws<InputException>(() => Currencies.Load(path));
            Assert.Contains("behind", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
