using System.Net;
using System.Text;
using System.Text.Json;

namespace ArmsWatch.Tests.Server;

/// <summary>
/// The API speaks the user's language: state names in filters, a 400 that names the parameter or field at fault and
/// why (never an internal type), the product's name and version in the OpenAPI document, titles for documents.
/// </summary>
public sealed class ApiLanguageTests : IAsyncLifetime
{
    private TestDashboard dashboard = null!;

    private HttpClient Client => dashboard.Client;

    public async Task InitializeAsync() => dashboard = await TestDashboard.InMemory();

    public async Task DisposeAsync() => await dashboard.DisposeAsync();

    [Theory]
    [InlineData("supplier=Russia")]
    [InlineData("supplier=russia")]
    [InlineData("supplier=RUS&recipient=Iran")]
    [InlineData("supplier=Russian%20Federation&recipient=iran")]
    public async Task State_filters_take_names_as_well_as_codes(string query)
    {
        var page = await Client.GetJson($"/api/claims?{query}");
        Assert.Equal(["S-300", "Su-35"], page.Items().Select(claim => claim.Field("system")).Order());
    }

    [Theory]
    [InlineData("/api/claims?from_year=abc", "from_year: 'abc' is not a whole number (a year such as 2016)")]
    [InlineData("/api/deals?to_year=20x6", "to_year: '20x6' is not a whole number (a year such as 2016)")]
    [InlineData("/api/claims?page_size=ten", "page_size: 'ten' is not a whole number")]
    [InlineData("/api/claims?page=99999999999", "page: '99999999999' is not a whole number")]
    [InlineData("/api/stream?after=x", "after: 'x' is not a whole number")]
    [InlineData("/api/claims?category=tanks", "category: 'tanks' is not one of aircraft, air-defence,")]
    [InlineData("/api/flows?stage=sold", "stage: 'sold' is not one of request, offer, negotiation, agreement, delivery, cancellation")]
    [InlineData("/api/documents?certainty=sure", "certainty: 'sure' is not one of fact, planned, possible, unlikely, denied")]
    [InlineData("/api/claims?from_year=2015&from_year=2016", "from_year is given 2 times: give it once")]
    public async Task A_bad_query_parameter_is_a_400_naming_it_and_why(string path, string detail)
    {
        using var response = await Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.StartsWith(detail, problem.GetProperty("detail").GetString());
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("""{"text": 123}""", "\"text\" must be a string")]
    [InlineData("""{"title": ["a"], "text": "Russia delivered S-300 missiles to Iran."}""", "\"title\" must be a string")]
    [InlineData("""{"text": "unfinished""", "malformed JSON (line 1, character ")]
    [InlineData("""[1, 2]""", "malformed JSON: the body must be an object")]
    public async Task A_bad_article_body_says_which_field_is_wrong_without_internal_names(string body, string detail)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await Client.PostAsync("/api/documents", content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith(detail, JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString());
        Assert.DoesNotContain("ArmsWatch.", text);
        Assert.DoesNotContain("System.", text);
    }

    [Fact]
    public async Task The_openapi_document_carries_the_products_name_and_version()
    {
        var info = (await Client.GetJson("/openapi/v1.json")).GetProperty("info");
        Assert.Equal("ArmsWatch", info.GetProperty("title").GetString());
        Assert.Equal(ProductInfo.Version, info.GetProperty("version").GetString());
        var about = await Client.GetJson("/api/about");
        Assert.Equal(("ArmsWatch", ProductInfo.Version, "armswatch"),
            (about.GetProperty("name").GetString(), about.GetProperty("version").GetString(), about.GetProperty("command").GetString()));
    }

    [Fact]
    public async Task States_come_with_their_names_and_former_states_are_marked()
    {
        var states = (await Client.GetJson("/api/states")).EnumerateArray().ToDictionary(state => state.GetProperty("code").GetString()!);
        Assert.Equal("Russia", states["RUS"].GetProperty("name").GetString());
        Assert.False(states["RUS"].GetProperty("former").GetBoolean());
        Assert.Equal("Soviet Union", states["SUN"].GetProperty("name").GetString());
        Assert.True(states["SUN"].GetProperty("former").GetBoolean());
    }

    [Fact]
    public async Task An_article_without_a_title_is_titled_by_its_headline()
    {
        var (status, posted) = await Client.PostArticle(new { text = "Poland orders Korean tanks\n\nPoland signed contracts with South Korea for 180 K2 tanks in 2022." });
        Assert.Equal(201, status);
        var document = await Client.GetJson($"/api/documents/{posted.GetProperty("document_id").GetInt64()}");
        Assert.Equal("Poland orders Korean tanks", document.GetProperty("document").GetProperty("title").GetString());
    }
}
