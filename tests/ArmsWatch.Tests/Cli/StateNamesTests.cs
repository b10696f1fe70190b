using ArmsWatch.Documents;

namespace ArmsWatch.Tests.Cli;

/// <summary>State names and codes both ways, from the knowledge data.</summary>
public sealed class StateNamesTests
{
    private static readonly StateNames States = StateNames.Default;

    [Theory]
    [InlineData("Russia", "RUS")]
    [InlineData("russia", "RUS")]
    [InlineData("RUS", "RUS")]
    [InlineData("rus", "RUS")]
    [InlineData("Russian Federation", "RUS")]
    [InlineData("United States", "USA")]
    [InlineData("the United States", "USA")]
    [InlineData("U.S.", "USA")]
    [InlineData("us", "USA")]
    [InlineData("UK", "GBR")]
    [InlineData("Britain", "GBR")]
    [InlineData("South Korea", "KOR")]
    [InlineData("Turkey", "TUR")]
    [InlineData("turkiye", "TUR")]
    [InlineData("Türkiye", "TUR")]
    [InlineData("Soviet Union", "SUN")]
    [InlineData("USSR", "SUN")]
    [InlineData("Iranian", "IRN")]
    public void A_name_or_a_short_form_in_any_case_gives_the_code(string typed, string code) => Assert.Equal(code, States.CodeOf(typed));

    [Fact]
    public void A_party_that_is_no_state_is_looked_for_as_written() => Assert.Equal("Wagner Group", States.Resolve(" Wagner Group "));

    [Fact]
    public void A_demonym_two_states_share_names_neither() => Assert.Null(States.CodeOf("Congolese"));

    [Fact]
    public void A_metonym_is_no_name_to_filter_by() => Assert.Null(States.CodeOf("the Kremlin"));

    [Fact]
    public void Codes_are_shown_with_their_common_name()
    {
        Assert.Equal("RUS Russia", States.Label("RUS"));
        Assert.Equal("USA United States", States.Label("USA"));
        Assert.Equal("SUN Soviet Union", States.Label("SUN"));
        Assert.Equal("Wagner Group", States.Label("Wagner Group"));
        Assert.Equal("?", States.Label(null));
    }

    [Fact]
    public void Only_a_former_states_code_needs_explaining()
    {
        Assert.True(States.IsFormer("SUN"));
        Assert.False(States.IsFormer("RUS"));
        Assert.Contains("Soviet Union", States.Explain("SUN"));
        Assert.Null(States.Explain("RUS"));
    }
}
