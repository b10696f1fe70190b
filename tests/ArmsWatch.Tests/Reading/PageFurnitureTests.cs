using ArmsWatch.Reading;

namespace ArmsWatch.Tests.Reading;

public sealed class PageFurnitureTests
{
    private static string Seed(string name) => TextDecoder.Decode(File.ReadAllBytes(SharedFiles.Seed(name)));

    [Theory]
    [InlineData("seed-000.txt")]
    [InlineData("seed-001.txt")]
    public void Seed_banner_and_update_stamp_are_removed(string seed)
    {
        var text = PageFurniture.Strip(Seed(seed));
        Assert.DoesNotContain("Get the latest updates", text);
        Assert.DoesNotContain("Last Updated", text);
    }

    [Fact]
    public void Seed_headline_is_kept_as_first_line() =>
        Assert.StartsWith("Russia Firm on Weapons Sales to Iran\n", PageFurniture.Strip(Seed("seed-000.txt")));

    [Fact]
    public void Banner_glued_after_the_last_sentence_is_cut() =>
        Assert.EndsWith("that other leading arms traders can.", PageFurniture.Strip(Seed("seed-000.txt")));

    [Theory]
    [InlineData("Subscribe to our newsletter for free")]
    [InlineData("Sign up here for our free weekly defence report on the latest news you need.")]
    [InlineData("Follow us on Twitter")]
    [InlineData("Click here to read the full story")]
    [InlineData("Updated: 12 March 2019 14:05")]
    [InlineData("Posted on May 4, 2015")]
    [InlineData("* * * * *")]
    [InlineData("Advertisement")]
    [InlineData("Facebook icon")]
    [InlineData("Share on")]
    [InlineData("We use cookies to improve your experience. By continuing you accept them.")]
    public void Furniture_lines_of_many_shapes_are_recognised(string line) =>
        Assert.True(PageFurniture.IsFurniture(line));

    [Theory]
    [InlineData("Russia Firm on Weapons Sales to Iran")]
    [InlineData("WASHINGTON Dec 16 President Barack Obama's administration formally notified Congress.")]
    [InlineData("Follow-on orders for the K2 tank are expected next year, the ministry said.")]
    [InlineData("Added On August 9, 2016")]
    public void Article_lines_are_not_furniture(string line) =>
        Assert.False(PageFurniture.IsFurniture(line));

    [Fact]
    public void Furniture_between_paragraphs_is_removed_and_paragraphs_kept()
    {
        var text = "India ordered 36 Rafale jets.\n\nAdvertisement\n\nDeliveries begin in 2019.";
        Assert.Equal("India ordered 36 Rafale jets.\n\nDeliveries begin in 2019.", PageFurniture.Strip(text));
    }

    [Fact]
    public void Line_breaks_inside_paragraphs_are_kept() =>
        Assert.Equal("President Barack Obama's\nadministration notified Congress.", PageFurniture.Strip("President Barack Obama's\nadministration notified Congress."));

    [Fact]
    public void Short_unpunctuated_labels_after_the_last_sentence_are_removed() =>
        Assert.Equal("Russia is supplying Syria with MiG-29s.", PageFurniture.Strip("Russia is supplying Syria with MiG-29s.\n\n\nLatest events\n\nLatest Issue\n"));

    [Fact]
    public void Text_without_any_sentence_keeps_its_lines() =>
        Assert.Equal("Russia Firm on Weapons Sales to Iran", PageFurniture.Strip("Russia Firm on Weapons Sales to Iran"));

    [Theory]
    [InlineData("Russia is supplying Syria with MiG-29s.\n\nDeliveries end in 2019")]
    [InlineData("Russia is supplying Syria with MiG-29s.\n\nEditing by Susan Heavey")]
    [InlineData("The package includes:\n\neight launchers\n\ntwo radars")]
    public void A_short_last_line_that_is_content_stays(string text) =>
        Assert.Equal(text, PageFurniture.Strip(text));
}
