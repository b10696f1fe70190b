using System.Net;
using System.Text;
using System.Text.Json;

namespace ArmsWatch.Cli.Fuzzing;

/// <summary>Well-formed starting points for each stage, made from real article texts: the mutator breaks them.</summary>
public sealed class FuzzSeeds(IReadOnlyList<string> texts)
{
    public IReadOnlyList<string> Texts { get; } = texts.Count > 0 ? texts : throw new ArgumentException("the fuzzer needs at least one seed text", nameof(texts));

    /// <summary>A seed for the stage around a window of one text (bounded, so that one input stays cheap).</summary>
    public string For(FuzzStage stage, Random random)
    {
        var text = Window(Texts[random.Next(Texts.Count)], random);
        return stage switch
        {
            FuzzStage.Html or FuzzStage.Page => Html(text, random),
            FuzzStage.JsonLines => JsonLine(text, random) + "\n" + JsonLine(Window(Texts[random.Next(Texts.Count)], random), random),
            FuzzStage.Feed => random.Next(2) == 0 ? Rss(text, random) : Atom(text),
            _ => text,
        };
    }

    private static string Window(string text, Random random)
    {
        if (text.Length <= 1500 || random.Next(20) == 0)
            return text;
        var start = random.Next(text.Length - 1500);
        return text.Substring(start, random.Next(100, 1500));
    }

    private static string Html(string text, Random random)
    {
        var body = new StringBuilder();
        foreach (var paragraph in text.Split("\n\n"))
            body.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>\n");
        var meta = random.Next(3) switch
        {
            0 => "<meta property=\"article:published_time\" content=\"2015-12-16T10:00:00Z\">",
            1 => "<script type=\"application/ld+json\">{\"datePublished\":\"2016-02-03\"}</script>",
            _ => "<time datetime=\"2014-05-06\">May 6</time>",
        };
        return $"<!doctype html><html><head><meta charset=\"utf-8\"><title>News</title>{meta}</head><body><nav>Home | World</nav>"
            + $"<article><h1>Headline</h1>{body}</article><aside>Related</aside><footer>(c) News</footer></body></html>";
    }

    private static string JsonLine(string text, Random random) => JsonSerializer.Serialize(random.Next(4) == 0
        ? new Dictionary<string, string?> { ["doc"] = "d1", ["url"] = "http://127.0.0.1/a", ["published"] = "2015-12-16", ["html"] = Html(text, random) }
        : new Dictionary<string, string?> { ["doc"] = "d1", ["title"] = "t", ["published"] = "2016", ["text"] = text });

    private static string Rss(string text, Random random) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>News</title><link>http://127.0.0.1/</link><description>d</description>"
        + $"<item><title>{WebUtility.HtmlEncode(text[..Math.Min(80, text.Length)])}</title><link>/a/1?utm_source=rss</link><pubDate>Wed, 16 Dec 2015 10:00:00 GMT</pubDate>"
        + $"<description>{WebUtility.HtmlEncode(text)}</description><guid isPermaLink=\"false\">{random.Next()}</guid></item>"
        + "<item><title>Two</title><link>http://127.0.0.1/a/2</link></item></channel></rss>";

    private static string Atom(string text) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>News</title><id>urn:n</id><updated>2016-01-01T00:00:00Z</updated>"
        + $"<entry><title>One</title><id>urn:1</id><updated>2016-02-03T00:00:00Z</updated><link href=\"/a/1\"/><summary>{WebUtility.HtmlEncode(text)}</summary></entry></feed>";
}
