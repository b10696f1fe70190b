using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ArmsWatch.Documents;
using SmartReader;

namespace ArmsWatch.Reading;

/// <summary>The article inside a web page: its main text (not navigation or footers), title, author, section and publication date.</summary>
/// <remarks>
/// The markup is cleaned first (control characters out, nesting capped) and parsed once. SmartReader, a port of
/// Firefox's reader view, chooses the article's elements; furniture inside them (captions, share bars, teasers, link
/// lists) is removed and the rest laid out as text blocks. When SmartReader finds nothing, a block classifier in the
/// manner of jusText reads the whole page instead.
/// </remarks>
public sealed record HtmlArticle(string Text, string? Title, PublicationDate? Published, string? Author = null, string? Section = null)
{
    /// <summary>Pages with more elements than this skip SmartReader for the block classifier. The benchmark's 181 pages have 77 to 1,600.</summary>
    public const int MaxElementsForReadability = 10_000;

    private static readonly Lazy<FurnitureElements> Furniture = new(FurnitureElements.LoadShipped);
    private static readonly Lazy<BlockClassifier> Classifier = new(BlockClassifier.LoadShipped);

    /// <summary>Extracts the article; the text is empty when the page has none.</summary>
    public static HtmlArticle Parse(string html, string? url = null)
    {
        var markup = MarkupFlattener.Flatten(TextDecoder.StripControlCharacters(TextDecoder.NormaliseLineEndings(html)));
        var parser = new HtmlParser();
        var page = parser.ParseDocument(markup);
        var metadata = PageMetadata.From(page);
        var (text, readerTitle) = ReadabilityText(page, url);
        // SmartReader has altered the first parse; the classifier reads the page as it came.
        if (text.Length == 0)
            text = ClassifiedText(parser.ParseDocument(markup));
        return new HtmlArticle(text, Clean(readerTitle) ?? metadata.Title, metadata.Published, metadata.Author, metadata.Section);
    }

    /// <summary>The text the block classifier alone takes from a page: the fallback, on its own, for measuring it.</summary>
    public static string ClassifiedText(string html)
    {
        var markup = MarkupFlattener.Flatten(TextDecoder.StripControlCharacters(TextDecoder.NormaliseLineEndings(html)));
        return ClassifiedText(new HtmlParser().ParseDocument(markup));
    }

    // SmartReader scores the page's blocks like Firefox's reader view, so menus, related links and footers mostly stay out.
    private static (string Text, string? Title) ReadabilityText(IDocument page, string? url)
    {
        var text = "";
        // Classes kept: the furniture rules read them ("gallery", "related") after SmartReader has chosen the article.
        using var reader = new Reader(WebAddress.OrNull(url) ?? "https://localhost/", (AngleSharp.Html.Dom.IHtmlDocument)page)
        {
            KeepClasses = true,
            // SmartReader's time grows faster than the page past some thousands of elements; such a page is read by
            // the classifier, which is linear.
            MaxElemsToParse = MaxElementsForReadability,
        };
        reader.AddCustomOperationEnd(article =>
        {
            Furniture.Value.Remove(article);
            text = PageText.Join(PageText.Blocks(article));
        });
        var result = reader.GetArticle();
        return (text, result.Title);
    }

    // For pages SmartReader cannot read: every block of the page, judged on its own text and its neighbours'.
    private static string ClassifiedText(IDocument page)
    {
        if (page.Body is not { } body)
            return "";
        Furniture.Value.Remove(body, linkLists: false);
        return PageText.Join(Classifier.Value.Content(PageText.Blocks(body)));
    }

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
