using System.Security;

namespace ArmsWatch.Tests.Watching;

/// <summary>Small feeds and article pages for the watcher's tests.</summary>
public static class Feeds
{
    public static string Rss(params (string Link, string? PubDate)[] items) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>t</title><link>http://127.0.0.1/</link><description>d</description>"
        + string.Concat(items.Select(item => $"<item><title>{Escape(item.Link)}</title><link>{Escape(item.Link)}</link>"
            + (item.PubDate is null ? "" : $"<pubDate>{item.PubDate}</pubDate>") + "</item>"))
        + "</channel></rss>";

    public static string Rss(params string[] links) => Rss(links.Select(link => (link, (string?)null)).ToArray());

    public static string Atom(params (string Link, string Updated)[] entries) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><id>urn:t</id><updated>2016-01-01T00:00:00Z</updated>"
        + string.Concat(entries.Select((entry, i) => $"<entry><title>e{i}</title><id>urn:e{i}</id><updated>{entry.Updated}</updated><link href=\"{Escape(entry.Link)}\"/></entry>"))
        + "</feed>";

    /// <summary>An article page with its own text (so its content hash is its own) and, optionally, a metadata date.</summary>
    public static string Article(string words, string? published = null) =>
        "<html><head><title>News</title>"
        + (published is null ? "" : $"<meta property=\"article:published_time\" content=\"{published}\">")
        + $"</head><body><article><p>Russia delivered S-300 systems to Iran, officials said. {Escape(words)}</p></article></body></html>";

    private static string Escape(string text) => SecurityElement.Escape(text);
}
