using System.Net;
using System.Text;
using System.Text.Json;
using ArmsWatch.Server;

namespace ArmsWatch.Tests.Server;

/// <summary>The HTTP API over a register of three made-up documents, in memory.</summary>
public sealed class ServerApiTests : IAsyncLifetime
{
    private const string Article = "Moscow, March 3, 2021. Russia delivered eight MiG-29 fighters to Syria last week, the defence ministry said.";

    private TestDashboard dashboard = null!;

    private HttpClient Client => dashboard.Client;

    public async Task InitializeAsync() => dashboard = await TestDashboard.InMemory();

    public async Task DisposeAsync() => await dashboard.DisposeAsync();

    [Fact]
    public async Task Claims_takes_the_CLI_filters_as_query_parameters()
    {
        var page = await Client.GetJson("/api/claims?supplier=rus&category=air-defence&from_year=2015&to_year=2017");
        var claim = Assert.Single(page.Items());
        Assert.Equal("S-300", claim.Field("system"));
        Assert.Equal(1, page.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Claims_text_filter_searches_the_evidence_in_any_word_form()
    {
        var page = await Client.GetJson("/api/claims?text=jet");
        Assert.Equal(["Rafale", "Su-35"], page.Items().Select(claim => claim.Field("system")).Order());
    }

    [Fact]
    public async Task Claims_are_paged_in_stored_order_with_the_total()
    {
        var second = await Client.GetJson("/api/claims?page=2&page_size=2");
        Assert.Equal("Su-35", Assert.Single(second.Items()).Field("system"));
        Assert.Equal(3, second.GetProperty("total").GetInt64());
        Assert.Equal(2, second.GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task Page_size_is_capped()
    {
        var page = await Client.GetJson("/api/claims?page_size=100000");
        Assert.Equal(ListingParameters.MaxPageSize, page.GetProperty("page_size").GetInt32());
    }

    [Theory]
    [InlineData("/api/claims?category=tanks", "air-defence")]
    [InlineData("/api/deals?stage=sold", "delivery")]
    [InlineData("/api/claims?page=0", "page")]
    public async Task A_bad_filter_value_is_a_400_that_says_what_is_expected(string path, string expected)
    {
        using var response = await Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Deals_merge_claims_and_a_deal_is_found_by_its_id()
    {
        var deals = await Client.GetJson("/api/deals?recipient=IRN");
        Assert.Equal(2, deals.GetProperty("total").GetInt64());
        var id = deals.Items().First().GetProperty("id").GetString()!;
        var detail = await Client.GetJson($"/api/deals/{Uri.EscapeDataString(id)}");
        Assert.Equal(id, detail.GetProperty("deal").GetProperty("id").GetString());
        var mention = detail.GetProperty("timeline").Items().Single();
        Assert.Equal(1, detail.GetProperty("timeline").GetProperty("total").GetInt64());
        // The mention's document is given once beside the timeline, with its URL: the mention does not repeat it.
        var document = Assert.Single(detail.GetProperty("documents").EnumerateArray());
        Assert.Equal(mention.GetProperty("document_id").GetInt64(), document.GetProperty("id").GetInt64());
        Assert.StartsWith("https://example.org/", document.GetProperty("url").GetString());
        Assert.False(mention.TryGetProperty("url", out _));
    }

    [Fact]
    public async Task Documents_lists_those_with_a_matching_claim()
    {
        var documents = await Client.GetJson("/api/documents?supplier=RUS");
        Assert.Equal(["s300", "su35"], documents.Items().Select(document => document.GetProperty("doc").GetString()).Order());
        Assert.Equal(3, (await Client.GetJson("/api/documents")).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Document_detail_gives_offsets_that_point_at_the_evidence_and_the_item()
    {
        var (status, posted) = await Client.PostArticle(new { text = Article, url = "https://example.org/mig" });
        Assert.Equal(201, status);
        var detail = await Client.GetJson($"/api/documents/{posted.GetProperty("document_id").GetInt64()}");
        var text = detail.GetProperty("text").GetString()!;
        Assert.NotEmpty(detail.GetProperty("sentences").EnumerateArray());
        var claims = detail.GetProperty("claims").EnumerateArray().ToList();
        Assert.NotEmpty(claims);
        foreach (var stored in claims)
        {
            var claim = stored.GetProperty("claim");
            int Offset(string name) => claim.GetProperty(name).GetInt32();
            Assert.Equal(claim.GetProperty("evidence").GetString(), text[Offset("sentence_start")..Offset("sentence_end")]);
            Assert.Equal(claim.GetProperty("item").GetString(), text[Offset("item_start")..Offset("item_end")]);
        }
        Assert.Contains(claims, stored => stored.Field("system") == "MiG-29" && stored.Field("quantity") == "8");
    }

    [Fact]
    public async Task Document_detail_gives_the_spans_recognised_in_its_text()
    {
        var (_, posted) = await Client.PostArticle(new { text = Article, url = "https://example.org/mig-spans" });
        var detail = await Client.GetJson($"/api/documents/{posted.GetProperty("document_id").GetInt64()}");
        var text = detail.GetProperty("text").GetString()!;
        var spans = detail.GetProperty("spans").EnumerateArray()
            .Select(span => (Kind: span.GetProperty("kind").GetString(), Text: text[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()],
                State: span.GetProperty("state").ValueKind == System.Text.Json.JsonValueKind.String ? span.GetProperty("state").GetString() : null))
            .ToList();
        Assert.Contains(("state", "Russia", "RUS"), spans);
        Assert.Contains(("state", "Syria", "SYR"), spans);
        Assert.Contains(spans, span => span.Kind == "weapon" && span.Text.StartsWith("MiG-29", StringComparison.Ordinal));
        Assert.Contains(spans, span => span.Kind == "stage-cue" && span.Text == "delivered");
        Assert.Contains(spans, span => span.Kind == "quantity" && span.Text == "eight");
        var date = detail.GetProperty("spans").EnumerateArray().Single(span => span.GetProperty("kind").GetString() == "date");
        Assert.Equal(("March 3, 2021", 2021), (text[date.GetProperty("start").GetInt32()..date.GetProperty("end").GetInt32()], date.GetProperty("year").GetInt32()));
    }

    [Fact]
    public async Task An_unknown_document_is_a_404()
    {
        using var response = await Client.GetAsync("/api/documents/999999");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Posting_an_article_stores_it_once_and_returns_its_claims()
    {
        var (first, stored) = await Client.PostArticle(new { text = Article, title = "MiG-29s for Syria", published = "2021-03-03" });
        var (second, again) = await Client.PostArticle(new { text = Article });
        Assert.Equal(201, first);
        Assert.True(stored.GetProperty("stored").GetBoolean());
        Assert.Equal(200, second);
        Assert.False(again.GetProperty("stored").GetBoolean());
        Assert.Equal(stored.GetProperty("document_id").GetInt64(), again.GetProperty("document_id").GetInt64());
        Assert.Equal("RUS", stored.GetProperty("claims")[0].Field("supplier"));
        Assert.Equal(4, (await Client.GetJson("/api/documents")).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Posting_a_web_page_reads_its_main_text()
    {
        var html = $"<html><head><title>Jets</title></head><body><nav>Home | World</nav><article><p>{Article}</p></article></body></html>";
        var (status, stored) = await Client.PostArticle(new { html });
        Assert.Equal(201, status);
        Assert.Contains(stored.GetProperty("claims").EnumerateArray(), claim => claim.Field("system") == "MiG-29");
    }

    [Theory]
    [InlineData("{\"text\": \"   \"}", "text")]
    [InlineData("{\"text\": \"x\", \"html\": \"<p>x</p>\"}", "not both")]
    [InlineData("{\"text\": \"Russia sold jets.\", \"url\": \"javascript:alert(1)\"}", "http")]
    [InlineData("{\"text\": \"Russia sold jets.\", \"published\": \"last week\"}", "published")]
    [InlineData("{\"text\": ", "malformed JSON")]
    [InlineData("[1, 2]", "malformed JSON")]
    [InlineData("", "empty")]
    public async Task Bad_input_is_a_400_that_says_what_is_wrong(string body, string expected)
    {
        using var response = await Client.PostAsync("/api/documents", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
        Assert.Equal(3, (await Client.GetJson("/api/documents")).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task A_body_over_the_cap_is_refused_with_413_by_its_length()
    {
        var body = JsonSerializer.Serialize(new { text = new string('a', IngestApi.MaxBodyBytes) });
        using var response = await Client.PostAsync("/api/documents", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_chunked_body_over_the_cap_is_refused_with_413_as_it_is_read()
    {
        var (status, _) = await Client.PostArticle(new { text = new string('a', IngestApi.MaxBodyBytes) });
        Assert.Equal(413, status);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_refused_with_415()
    {
        using var response = await Client.PostAsync("/api/documents", new StringContent(Article, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Every_response_carries_a_content_security_policy_without_inline_script()
    {
        foreach (var path in new[] { "/", "/article.html", "/api/claims" })
        {
            using var response = await Client.GetAsync(path);
            var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self';", policy);
            Assert.DoesNotContain("unsafe-inline", policy);
        }
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_every_endpoint()
    {
        var openApi = await Client.GetJson("/openapi/v1.json");
        var paths = openApi.GetProperty("paths").EnumerateObject().Select(path => path.Name).ToList();
        foreach (var path in new[] { "/api/claims", "/api/deals", "/api/documents", "/api/documents/{id}", "/api/stream", "/api/flows" })
            Assert.Contains(path, paths);
        var parameters = openApi.GetProperty("paths").GetProperty("/api/claims").GetProperty("get").GetProperty("parameters");
        Assert.Contains(parameters.EnumerateArray(), parameter => parameter.GetProperty("name").GetString() == "from_year");
    }

    [Fact]
    public async Task Flows_count_claims_per_pair_and_per_year()
    {
        var flows = await Client.GetJson("/api/flows");
        var top = flows.GetProperty("flows")[0];
        Assert.Equal(("RUS", "IRN", 2), (top.GetProperty("supplier").GetString(), top.GetProperty("recipient").GetString(), top.GetProperty("claims").GetInt32()));
        Assert.Equal([2016, 2019], flows.GetProperty("years").EnumerateArray().Select(year => year.GetProperty("year").GetInt32()));
    }
}
