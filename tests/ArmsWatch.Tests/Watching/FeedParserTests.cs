using System.Text;
using ArmsWatch.Documents;
using ArmsWatch.Watching;

namespace ArmsWatch.Tests.Watching;

public sealed class FeedParserTests
{
    private static readonly Uri FeedUrl = new("http://127.0.0.1/news/feed.xml");

    private static IReadOnlyList<FeedEntry> Parse(string xml) => FeedParser.Parse(Encoding.UTF8.GetBytes(xml), FeedUrl);

    [Fact]
    public void Rss_links_are_made_absolute_and_dates_read()
    {
        var entry = Parse(Feeds.Rss(("story/1", "Wed, 16 Dec 2015 10:00:00 GMT"))).Single();

        Assert.Equal(new Uri("http://127.0.0.1/news/story/1"), entry.Link);
        Assert.Equal(new PublicationDate(2015, 12, 16), entry.Published);
    }

    [Fact]
    public void An_unreadable_item_date_leaves_the_item_undated_instead_of_failing_the_feed()
    {
        var entry = Parse(Feeds.Rss(("http://127.0.0.1/a", "the day before yesterday"))).Single();

        Assert.Null(entry.Published);
    }

    [Fact]
    public void Items_without_an_http_link_are_left_out()
    {
        Assert.Equal([new Uri("http://127.0.0.1/a")], Parse(Feeds.Rss("mailto:desk@example.com", "http://127.0.0.1/a")).Select(e => e.Link));
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel><item></channel></rss>", "not a readable RSS or Atom feed")]
    [InlineData("<html><body>hello</body></html>", "not an RSS or Atom feed")]
    [InlineData("", "empty")]
    public void Malformed_feeds_are_input_errors(string xml, string reason) =>
        Assert.Contains(reason, Assert.Throws<InputException>(() => Parse(xml)).Reason);

    [Fact]
    public void Entity_expansion_is_refused()
    {
        const string laughs = """
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <rss version="2.0"><channel><title>&b;</title></channel></rss>
            """;

        Assert.Throws<InputException>(() => Parse(laughs));
    }

    [Fact]
    public void A_binary_body_is_refused_as_binary()
    {
        var bytes = Enumerable.Range(0, 2048).Select(i => (byte)(i % 32)).ToArray();

        Assert.Contains("binary", Assert.Throws<InputException>(() => FeedParser.Parse(bytes, FeedUrl)).Reason);
    }
}
