using ArmsWatch.Documents;
using ArmsWatch.Reading;

namespace ArmsWatch.Tests.Reading;

public sealed class HtmlArticleTests
{
    private const string Paragraphs = """
        <p>Russia is in talks to sell air defense missiles to Iran despite strong U.S. objections, and hopes to soon become the world's second-largest arms exporter, a senior Cabinet official said on Wednesday in Moscow.</p>
        <p>Deputy Prime Minister Ilya Klebanov said Russia was conducting active talks on selling air defense missiles to Iran, but would not specify their type or say when the contracts could be signed by the two governments.</p>
        <p>The Russian government has not divulged details of possible arms deals. Officials have indicated that Iran had expressed interest in buying S-300 air defense missiles, fighter jets, helicopters, patrol boats and tanks.</p>
        """;

    private static string Page(string head = "", string body = Paragraphs) => $"""
        <!DOCTYPE html>
        <html><head><title>Russia Firm on Weapons Sales to Iran | The Daily</title>{head}
        <style>.nav {"{"} color: red; {"}"}</style>
        <script>var tracking = "analytics";</script></head>
        <body>
        <header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news and politics</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
        <article><h1>Russia Firm on Weapons Sales to Iran</h1>{body}</article>
        <footer><p>Copyright 2016 The Daily. All rights reserved. Terms of use and privacy policy apply to this site.</p></footer>
        <script>document.write("ad");</script>
        </body></html>
        """;

    [Fact]
    public void Article_paragraphs_are_kept_as_separate_paragraphs()
    {
        var text = HtmlArticle.Parse(Page()).Text;
        Assert.Contains("Russia is in talks to sell air defense missiles", text);
        Assert.Contains("patrol boats and tanks.", text);
        Assert.Contains("in Moscow.\n", text);
    }

    [Fact]
    public void Navigation_and_footer_are_dropped()
    {
        var text = HtmlArticle.Parse(Page()).Text;
        Assert.DoesNotContain("World news and politics", text);
        Assert.DoesNotContain("All rights reserved", text);
    }

    [Fact]
    public void Script_and_style_never_reach_the_text()
    {
        var text = HtmlArticle.Parse(Page()).Text;
        Assert.DoesNotContain("analytics", text);
        Assert.DoesNotContain("document.write", text);
        Assert.DoesNotContain("color: red", text);
    }

    [Fact]
    public void Short_page_falls_back_to_its_text_blocks_without_navigation()
    {
        var text = HtmlArticle.Parse("<html><body><nav>Home | World</nav><p>Egypt received Rafale jets.</p><footer>About us</footer></body></html>").Text;
        Assert.Equal("Egypt received Rafale jets.", text);
    }

    [Fact]
    public void Title_comes_from_the_page() =>
        Assert.Contains("Russia Firm on Weapons Sales to Iran", HtmlArticle.Parse(Page()).Title);

    [Fact]
    public void Open_graph_published_time_is_the_publication_date() =>
        Assert.Equal(new PublicationDate(2001, 3, 14), HtmlArticle.Parse(Page("""<meta property="article:published_time" content="2001-03-14T09:00:00Z">""")).Published);

    [Fact]
    public void Json_ld_date_published_is_the_publication_date() =>
        Assert.Equal(new PublicationDate(2019, 2, 5), HtmlArticle.Parse(Page("""<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-02-05"}</script>""")).Published);

    [Fact]
    public void Time_element_datetime_is_the_publication_date() =>
        Assert.Equal(new PublicationDate(2022, 4, 26), HtmlArticle.Parse(Page(body: "<time datetime=\"2022-04-26\">April 26</time>" + Paragraphs)).Published);

    [Fact]
    public void Page_without_date_metadata_is_dated_from_its_text()
    {
        var reader = new DocumentReader(new PublicationDateEstimator(OfficeHolders.LoadShipped(), new DateTime(2026, 1, 1)));
        var document = reader.FromHtml("p", Page(body: Paragraphs + "<p>Russia's arms exports reached $4 billion last year (2000), officials said.</p>"));
        Assert.Equal(2001, document.Published?.Year);
    }

    [Fact]
    public void Page_without_article_text_is_an_input_error()
    {
        var reader = new DocumentReader(new PublicationDateEstimator(OfficeHolders.LoadShipped(), new DateTime(2026, 1, 1)));
        Assert.Throws<InputException>(() => reader.FromHtml("p", "<html><body><nav>Home</nav></body></html>"));
    }

    [Fact]
    public void Json_ld_in_a_graph_gives_author_section_and_date()
    {
        var article = HtmlArticle.Parse(Page("""<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","datePublished":"2023-06-02T09:30:00+02:00","author":[{"@type":"Person","name":"Tomas Berg"}],"articleSection":["Business"]}]}</script>"""));
        Assert.Equal((new PublicationDate(2023, 6, 2), "Tomas Berg", "Business"), (article.Published!.Value, article.Author, article.Section));
    }

    [Fact]
    public void Meta_author_that_is_a_profile_address_is_not_a_name() =>
        Assert.Null(HtmlArticle.Parse(Page("""<meta property="article:author" content="https://facebook.com/someone">""")).Author);

    [Fact]
    public void Nul_bytes_in_markup_are_dropped_and_the_page_read()
    {
        var text = HtmlArticle.Parse(Page().Replace("<p>", "<p>\0").Replace("Iran", "Ir\0an")).Text;
        Assert.Contains("sell air defense missiles to Iran", text);
        Assert.DoesNotContain('\0', text);
    }

    [Fact]
    public void A_page_smart_reader_calls_unreadable_keeps_its_text() =>
        Assert.Contains("Egypt received Rafale jets.", HtmlArticle.Parse("<html><body><div>Egypt received Rafale jets.</div><div>France confirmed the delivery on Monday.</div></body></html>").Text);
}
