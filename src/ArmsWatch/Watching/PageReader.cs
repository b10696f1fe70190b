using ArmsWatch.Documents;
using ArmsWatch.Reading;

namespace ArmsWatch.Watching;

/// <summary>Turns a fetched page into a document with the reading stage: its bytes decoded, HTML reduced to the article.</summary>
public sealed class PageReader(DocumentReader reader)
{
    /// <summary>The page as a document; the feed's title and date win over the page's own, which win over an estimate.</summary>
    /// <exception cref="InputException">The page is not text, or holds no article.</exception>
    public SourceDocument Read(HttpPage page, string id, FeedEntry entry)
    {
        var url = page.Url.AbsoluteUri;
        if (page.MediaType is { } type && !IsText(type))
            throw new InputException(url, $"is {type}, not a web page");
        var text = TextDecoder.Decode(page.Body);
        if (text.Trim().Length == 0)
            throw new InputException(url, "is empty");
        if (TextDecoder.LooksBinary(text))
            throw new InputException(url, "looks like a binary file, not text");
        try
        {
            return page.MediaType == "text/plain"
                ? reader.FromText(id, text, entry.Title, id, entry.Published, url)
                : reader.FromHtml(id, text, id, entry.Title, entry.Published, url);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException)
        {
            // As DocumentReader does for files: what a parser throws on a bad page is reported against the page.
            throw new InputException(url, $"cannot be parsed ({e.Message})", e);
        }
    }

    private static bool IsText(string mediaType) =>
        mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase) || mediaType.Contains("html", StringComparison.OrdinalIgnoreCase)
        || mediaType.Contains("xml", StringComparison.OrdinalIgnoreCase);
}
