using ArmsWatch.Documents;

namespace ArmsWatch.Tests.Cli;

/// <summary>A document's title: the input's, else the text's headline, else none (the slug is never a title).</summary>
public sealed class DocumentTitleTests
{
    [Fact]
    public void The_inputs_title_wins() =>
        Assert.Equal("Given", DocumentTitle.Of(new SourceDocument("d1", "Poland orders Korean tanks\n\nText.", Title: " Given ")));

    [Fact]
    public void A_first_line_standing_alone_is_the_headline() =>
        Assert.Equal("Poland orders Korean tanks and howitzers", DocumentTitle.Of(new SourceDocument("k2", "\nPoland orders Korean tanks and howitzers\n\nAugust 26, 2022\n\nPoland signed...")));

    [Theory]
    [InlineData("Moscow, March 3, 2021. Russia delivered eight MiG-29 fighters to Syria last week.")]
    [InlineData("WASHINGTON Dec 16 President Barack Obama's\nadministration formally notified Congress")]
    [InlineData("By Ajit Dubey\n\nIndia will buy...")]
    [InlineData("Our Bureau\n\nIndia will buy...")]
    [InlineData("A Russian Su-35 jet fighter during an airshow near Moscow, August 2021.\n\nText")]
    [InlineData("the lower-case start of a paragraph\n\nText")]
    [InlineData("")]
    public void A_first_line_that_is_no_headline_gives_no_title(string text) =>
        Assert.Null(DocumentTitle.Of(new SourceDocument("d", text)));
}
