using ArmsWatch.Documents;
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
    public void A_sum_of_money_is_a_span_with_its_value_in_dollars()
    {
        var sums = SpansOf("The US approved a $4.5 billion sale, after a deal worth 800 million dollars.", SpanKind.Money);
        Assert.Equal(["$4.5 billion", "800 million dollars"], sums.Select(s => s.Text));
        Assert.Equal([4_500_000_000m, 800_000_000m], sums.Select(s => s.Span.ValueUsd!.Value));
    }

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
}
