using System.Net.Http.Json;
using System.Text.Json;

namespace ArmsWatch.Tests.Server;

/// <summary>Reading the API's answers as JSON documents, so the tests check the wire format a browser sees.</summary>
public static class ServerJson
{
    public static async Task<JsonElement> GetJson(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<(int Status, JsonElement Body)> PostArticle(this HttpClient client, object article, string? apiKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = JsonContent.Create(article) };
        if (apiKey is not null)
            request.Headers.Add("X-Api-Key", apiKey);
        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    public static IEnumerable<JsonElement> Items(this JsonElement page) => page.GetProperty("items").EnumerateArray();

    public static string? Field(this JsonElement storedClaim, string name) => storedClaim.GetProperty("claim").GetProperty(name).ToString();
}
