using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ArmsWatch.Documents;
using SmartReader;

namespace ArmsWatch.Reading;

/// <summary>The article inside a web page: its main text (not navigation or footers), title and publication date.</summary>
public sealed partial record HtmlArticle(string Text, string? Title, PublicationDate? Published)
{
    // Elements that never hold article prose, dropped before the fallback walks the page.
    private const string NonContent = "script, style, noscript, template, nav, header, footer, aside, form, menu, iframe, svg, button";

    private const string Blocks = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td";

    /// <summary>Extracts the article; the text is empty when the page has none.</summary>
    public static HtmlArticle Parse(string html, string? url = null)
    {
        var markup = MarkupFlattener.Flatten(TextDecoder.StripControlCharacters(html));
        var page = new HtmlParser().ParseDocument(markup);
        var published = MetadataDate(page);
        var title = Clean(page.QuerySelector("meta[property='og:title']")?.GetAttribute("content")) ?? Clean(page.Title);
        var (text, readerTitle) = ReadabilityText(markup, url);
        if (text.Length == 0)
            text = BlockText(page);
        return new HtmlArticle(text, Clean(readerTitle) ?? title, published);
    }

    // SmartReader scores the page's blocks like Firefox's reader view, so menus, related links and footers stay out.
    private static (string Text, string? Title) ReadabilityText(string html, string? url)
    {
        var reader = new Reader(url ?? "https://localhost/", html);
        var article = reader.GetArticle();
        var text = article.IsReadable ? TextDecoder.NormaliseLineEndings(article.TextContent ?? "") : "";
        return (TidyBlankLines(text), article.Title);
    }

    // For pages too short for SmartReader's scoring: every text block outside navigation and page chrome.
    private static string BlockText(IDocument page)
    {
        foreach (var element in page.QuerySelectorAll(NonContent).ToList())
            element.Remove();
        var body = page.Body;
        if (body is null)
            return "";
        var blocks = body.QuerySelectorAll(Blocks)
            .Where(block => block.QuerySelector(Blocks) is null)
            .Select(block => Whitespace().Replace(block.TextContent, " ").Trim())
            .Where(block => block.Length > 0)
            .ToList();
        return blocks.Count > 0 ? string.Join("\n\n", blocks) : Whitespace().Replace(body.TextContent, " ").Trim();
    }

    /// <summary>The date the page says it was published: Open Graph article metadata, JSON-LD, a meta date, or the first &lt;time datetime&gt;.</summary>
    private static PublicationDate? MetadataDate(IDocument page)
    {
        var candidates = new[]
        {
            page.QuerySelector("meta[property='article:published_time']")?.GetAttribute("content"),
            JsonLdDate(page),
            page.QuerySelector("meta[name='date'], meta[name='pubdate'], meta[name='publishdate'], meta[name='DC.date.issued'], meta[itemprop='datePublished']")?.GetAttribute("content"),
            page.QuerySelector("time[datetime]")?.GetAttribute("datetime"),
        };
        return candidates.Select(PublicationDate.Parse).FirstOrDefault(date => date is not null);
    }

    private static string? JsonLdDate(IDocument page) =>
        page.QuerySelectorAll("script[type='application/ld+json']")
            .Select(script => JsonLdPublished().Match(script.TextContent))
            .Where(match => match.Success)
            .Select(match => match.Groups["date"].Value)
            .FirstOrDefault();

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : Whitespace().Replace(value, " ").Trim();

    // SmartReader leaves runs of blank and space-only lines where it removed elements; one blank line separates paragraphs.
    private static string TidyBlankLines(string text) => BlankLines().Replace(text.Trim(), "\n\n");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\n[ \t]*(?:\n[ \t]*)+")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"""datePublished""\s*:\s*""(?<date>[^""]+)""")]
    private static partial Regex JsonLdPublished();
}
