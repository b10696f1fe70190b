using ArmsWatch.Watching;

namespace ArmsWatch.Tests.Watching;

public sealed class CanonicalUrlTests
{
    [Theory]
    [InlineData("HTTP://News.Example.COM:80/World/Story?id=7#top", "http://news.example.com/World/Story?id=7")]
    [InlineData("https://example.com/a?utm_source=rss&id=7&utm_medium=feed&fbclid=x", "https://example.com/a?id=7")]
    [InlineData("https://example.com/a?utm_campaign=x", "https://example.com/a")]
    [InlineData("https://example.com:8443/a", "https://example.com:8443/a")]
    public void Spellings_of_one_page_become_one_url(string url, string canonical) =>
        Assert.Equal(canonical, CanonicalUrl.Of(url));

    [Theory]
    [InlineData("ftp://example.com/a")]
    [InlineData("/relative/path")]
    [InlineData("not a url")]
    public void Anything_but_an_absolute_http_url_has_no_canonical_form(string url) => Assert.Null(CanonicalUrl.Of(url));
}
