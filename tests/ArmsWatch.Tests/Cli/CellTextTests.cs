using ArmsWatch.Cli.Presentation;

namespace ArmsWatch.Tests.Cli;

/// <summary>Cell text: shortened with "…" to fit one line; wrapped only at spaces.</summary>
public sealed class CellTextTests
{
    [Fact]
    public void Fit_keeps_text_that_fits() => Assert.Equal("S-300", CellText.Fit("S-300", 5));

    [Fact]
    public void Fit_cuts_after_a_whole_word_with_an_ellipsis() =>
        Assert.Equal("air defense…", CellText.Fit("air defense missiles", 14));

    [Fact]
    public void Fit_cuts_inside_a_word_rather_than_leave_the_cell_half_empty() =>
        Assert.Equal("USA United Sta…", CellText.Fit("USA United States", 15));

    [Fact]
    public void Fit_makes_line_breaks_and_control_characters_spaces() =>
        Assert.Equal("a b c", CellText.Fit("a\nb\u001b[31mc".Replace("[31m", ""), 10));

    [Fact]
    public void Wrap_breaks_lines_at_spaces_only()
    {
        var lines = CellText.Wrap("Russia delivered the S-300PMU-2 air defence systems to Iran in 2016.", 20);
        Assert.Equal(["Russia delivered the", "S-300PMU-2 air", "defence systems to", "Iran in 2016."], lines);
    }

    [Fact]
    public void Wrap_shortens_a_word_longer_than_a_line_instead_of_splitting_it()
    {
        var lines = CellText.Wrap("see https://example.org/a/very/long/address/indeed now", 20);
        Assert.Equal(["see", "https://example.org…", "now"], lines);
        Assert.All(lines, line => Assert.True(line.Length <= 20));
    }

    [Fact]
    public void Width_counts_wide_characters_twice() => Assert.Equal(4, CellText.Width("北京"));
}
