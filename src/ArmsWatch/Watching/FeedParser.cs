using System.ServiceModel.Syndication;
using System.Xml;
using ArmsWatch.Documents;
using ArmsWatch.Reading;

namespace ArmsWatch.Watching;

/// <summary>Reads an RSS 2.0 or Atom 1.0 feed into its entries; anything else is an <see cref="InputException"/>.</summary>
public static class FeedParser
{
    /// <summary>No real feed has more text than this; the cap stops a runaway document before it fills memory.</summary>
    public const long MaxCharacters = 64L * 1024 * 1024;

    private static readonly XmlReaderSettings Settings = new()
    {
        // No DTDs: they bring entity expansion ("billion laughs") and external fetches, and feeds do not need them.
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxCharacters,
        IgnoreComments = true,
    };

    /// <exception cref="InputException">The body is not a well-formed RSS or Atom feed.</exception>
    public static IReadOnlyList<FeedEntry> Parse(byte[] body, Uri feedUrl)
    {
        if (body.Length == 0)
            throw new InputException(feedUrl.AbsoluteUri, "the feed is empty");
        if (TextDecoder.LooksBinary(TextDecoder.Decode(body.AsSpan(0, Math.Min(body.Length, 8192)))))
            throw new InputException(feedUrl.AbsoluteUri, "the feed is a binary file, not XML");
        SyndicationFeed feed;
        try
        {
            using var stream = new MemoryStream(body, writable: false);
            using var reader = XmlReader.Create(stream, Settings);
            feed = Load(reader, feedUrl);
        }
        // NotSupportedException: the RSS formatter's answer to a version other than 2.0 (found by fuzzing).
        catch (Exception e) when (e is XmlException or FormatException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            throw new InputException(feedUrl.AbsoluteUri, $"not a readable RSS or Atom feed ({e.Message})", e);
        }
        return feed.Items.Select(item => Entry(item, feedUrl)).OfType<FeedEntry>().ToList();
    }

    private static SyndicationFeed Load(XmlReader reader, Uri feedUrl)
    {
        reader.MoveToContent();
        SyndicationFeedFormatter formatter = new Atom10FeedFormatter();
        if (!formatter.CanRead(reader))
            formatter = new Rss20FeedFormatter();
        if (!formatter.CanRead(reader))
            throw new InputException(feedUrl.AbsoluteUri, $"not an RSS or Atom feed (root element <{reader.LocalName}>)");
        // Feeds in the wild write dates every way; an unreadable date leaves the item undated instead of failing the feed.
        formatter.DateTimeParser = (XmlDateTimeData data, out DateTimeOffset value) =>
        {
            value = PublicationDate.Parse(data.DateTimeString) is { } date ? new DateTimeOffset(date.Year, date.Month ?? 1, date.Day ?? 1, 0, 0, 0, TimeSpan.Zero) : default;
            return true;
        };
        // A malformed link becomes no link (that item is skipped) instead of failing the whole feed.
        formatter.UriParser = (XmlUriData data, out Uri? value) =>
        {
            Uri.TryCreate(data.UriString.Trim(), data.UriKind, out value);
            return true;
        };
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }

    private static FeedEntry? Entry(SyndicationItem item, Uri feedUrl)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri
                   ?? (Uri.TryCreate(item.Id, UriKind.Absolute, out var id) ? id : null);
        // An item with no http(s) page to fetch has nothing to ingest; it is left out, as a reader app would.
        if (link is null)
            return null;
        var baseUri = item.BaseUri is { IsAbsoluteUri: true } itemBase ? itemBase : feedUrl;
        if (!link.IsAbsoluteUri && !Uri.TryCreate(baseUri, link, out link))
            return null;
        if (link.Scheme != Uri.UriSchemeHttp && link.Scheme != Uri.UriSchemeHttps)
            return null;
        var published = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
        return new FeedEntry(link, item.Title?.Text, published == default ? null : new PublicationDate(published.Year, published.Month, published.Day));
    }
}
