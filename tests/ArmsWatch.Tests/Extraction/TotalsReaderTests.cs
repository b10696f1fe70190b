using ArmsWatch.Documents;
using ArmsWatch.Extraction;

namespace ArmsWatch.Tests.Extraction;

/// <summary>Country-level export values read from the tree, on sentences written for them.</summary>
public sealed class TotalsReaderTests
{
    private static IReadOnlyList<ExportTotal> Totals(string text) =>
        ExtractedClaims.Pipeline.Extract(new SourceDocument("t", text, Published: new PublicationDate(2020))).Totals;

    [Theory]
    [InlineData("Italy's arms sales reached $5 billion last year.", "ITA", 2019)]
    [InlineData("Spain's arms exports reached $4 billion in 2018.", "ESP", 2018)]
    [InlineData("China sold weapons worth $3 billion in 2018.", "CHN", 2018)]
    public void An_amount_told_of_a_state_s_exports_is_a_total(string text, string country, int year) =>
        Assert.Equal((country, (int?)year), Assert.Single(Totals(text)) is var total ? (total.Country, total.Year) : default);

    [Fact]
    public void A_verb_without_a_subject_exports_for_its_clause_s_subject() =>
        Assert.Equal("BRA", Assert.Single(Totals("Brazil has seen a boom in its arms exports, selling weapons to 40 countries last year for more than two billion dollars.")).Country);

    [Fact]
    public void An_agent_exports_and_a_decade_has_no_year()
    {
        var total = Assert.Single(Totals("The figure is a fraction of the $9 billion annually exported by the Soviet Union in the 1970s."));
        Assert.Equal(("SUN", (int?)null), (total.Country, total.Year));
    }

    [Theory]
    [InlineData("Russia sold S-400 missiles worth $2.5 billion to Turkey.")]
    [InlineData("The sales of helicopters neared $3 billion.")]
    [InlineData("Japan's defence budget reached $50 billion.")]
    public void A_value_with_a_recipient_no_exporter_or_no_export_word_is_no_total(string text) =>
        Assert.Empty(Totals(text));
}
