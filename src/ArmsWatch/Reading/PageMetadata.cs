using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using ArmsWatch.Documents;

namespace ArmsWatch.Reading;

/// <summary>What a page says about itself in its metadata: title, author, publication date and section.</summary>
/// <remarks>
/// Read from Open Graph and article meta tags, JSON-LD (schema.org <c>NewsArticle</c> and kin, also inside <c>@graph</c>),
/// Dublin Core and common CMS meta names, and <c>&lt;time&gt;</c> elements marked as the publication time.
/// </remarks>
public sealed partial record PageMetadata(string? Title, string? Author, PublicationDate? Published, string? Section)
{
    // Meta tags by their property, name or itemprop (case ignored). Strongest first: a property written for machines
    // beats a name a CMS happens to use.
    private static readonly string[] PublishedKeys =
    [
        "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
        "publish_date", "date", "dc.date.issued", "dc.date", "dcterms.created", "sailthru.date", "parsely-pub-date",
        "og:published_time", "original-publish-date", "originalpublicationdate",
    ];

    private static readonly string[] AuthorKeys =
        ["author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author"];

    private static readonly string[] SectionKeys =
        ["article:section", "section", "parsely-section", "sailthru.section"];

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "Report", "WebPage",
        "OpinionNewsArticle", "BackgroundNewsArticle", "ScholarlyArticle", "TechArticle", "LiveBlogPosting", "SocialMediaPosting",
    };

    /// <summary>Reads the metadata of a parsed page; fields the page does not give are null.</summary>
    public static PageMetadata From(IDocument page)
    {
        // One pass over the meta tags instead of a query per key.
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in page.QuerySelectorAll("meta[content]"))
            foreach (var key in new[] { meta.GetAttribute("property"), meta.GetAttribute("name"), meta.GetAttribute("itemprop") })
                if (!string.IsNullOrWhiteSpace(key))
                    metas.TryAdd(key.Trim(), meta.GetAttribute("content")!);
        var jsonLd = JsonLd(page);
        var title = Clean(metas.GetValueOrDefault("og:title")) ?? Clean(jsonLd.Headline)
                    ?? Clean(metas.GetValueOrDefault("twitter:title")) ?? Clean(page.Title);
        var author = Clean(jsonLd.Author) ?? AuthorName(page, metas);
        var published = PublishedKeys.Select(key => PublicationDate.Parse(metas.GetValueOrDefault(key))).FirstOrDefault(d => d is not null)
                        ?? PublicationDate.Parse(jsonLd.Published)
                        ?? TimeElementDate(page);
        var section = Clean(jsonLd.Section) ?? SectionKeys.Select(key => Clean(metas.GetValueOrDefault(key))).FirstOrDefault(s => s is not null);
        return new PageMetadata(title, author, published, section);
    }

    // Author metadata is often a profile URL (article:author); a name is what a reader wants.
    private static string? AuthorName(IDocument page, Dictionary<string, string> metas)
    {
        foreach (var key in AuthorKeys)
            if (Clean(metas.GetValueOrDefault(key)) is { } value && !value.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                return value;
        return Clean(page.QuerySelector("[itemprop='author'] [itemprop='name'], [rel='author']")?.TextContent);
    }

    // A <time> marked as the publication time, else the first <time datetime> in the page's header or article.
    private static PublicationDate? TimeElementDate(IDocument page)
    {
        var marked = page.QuerySelector("time[itemprop='datePublished'], time[pubdate], time.published, time.entry-date");
        var date = PublicationDate.Parse(marked?.GetAttribute("datetime") ?? marked?.GetAttribute("content"));
        return date ?? PublicationDate.Parse(page.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
    }

    private readonly record struct JsonLdFields(string? Headline, string? Author, string? Published, string? Section);

    private static JsonLdFields JsonLd(IDocument page)
    {
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
                if (FindArticle(json.RootElement, 0) is { } article)
                    return new JsonLdFields(Text(article, "headline"), AuthorOf(article), Text(article, "datePublished"), SectionOf(article));
            }
            catch (JsonException)
            {
                // Hand-written JSON-LD is often broken; a date written plainly in it is still worth taking.
                if (JsonLdPublished().Match(script.TextContent) is { Success: true } match)
                    return new JsonLdFields(null, null, match.Groups["date"].Value, null);
            }
        }
        return default;
    }

    private static JsonElement? FindArticle(JsonElement element, int depth)
    {
        if (depth > 8)
            return null;
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                if (FindArticle(item, depth + 1) is { } found)
                    return found;
            return null;
        }
        if (element.ValueKind != JsonValueKind.Object)
            return null;
        if (IsArticle(element) && element.TryGetProperty("datePublished", out _))
            return element;
        if (element.TryGetProperty("@graph", out var graph))
            return FindArticle(graph, depth + 1);
        if (element.TryGetProperty("mainEntity", out var main))
            return FindArticle(main, depth + 1);
        return IsArticle(element) ? element : null;
    }

    private static bool IsArticle(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
            return false;
        return type.ValueKind switch
        {
            JsonValueKind.String => ArticleTypes.Contains(type.GetString()!),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString()!)),
            _ => false,
        };
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? AuthorOf(JsonElement article)
    {
        if (!article.TryGetProperty("author", out var author))
            return null;
        var first = author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().FirstOrDefault() : author;
        return first.ValueKind switch
        {
            JsonValueKind.String => first.GetString(),
            JsonValueKind.Object => Text(first, "name"),
            _ => null,
        };
    }

    private static string? SectionOf(JsonElement article)
    {
        if (!article.TryGetProperty("articleSection", out var section))
            return null;
        if (section.ValueKind == JsonValueKind.Array)
            section = section.EnumerateArray().FirstOrDefault();
        return section.ValueKind == JsonValueKind.String ? section.GetString() : null;
    }

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : Whitespace().Replace(value, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"""datePublished""\s*:\s*""(?<date>[^""]+)""")]
    private static partial Regex JsonLdPublished();
}
