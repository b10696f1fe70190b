using System.Text.Json.Serialization;
using ArmsWatch.Documents;

namespace ArmsWatch.Server;

/// <summary>What the dashboard labels things with: the product's name and version, and the name of every state code.</summary>
public static class ReferenceApi
{
    private static readonly IReadOnlyList<StateName> States = StateNames.Default.Names
        .Select(pair => new StateName(pair.Key, pair.Value, StateNames.Default.IsFormer(pair.Key)))
        .OrderBy(state => state.Code, StringComparer.Ordinal)
        .ToList();

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("reference");
        api.MapGet("/about", () => TypedResults.Ok(new About(ProductInfo.Name, ProductInfo.Version, ProductInfo.Command)))
            .WithSummary("The product's name and version, as `armswatch version` prints them.");
        api.MapGet("/states", () => TypedResults.Ok(States))
            .WithSummary("Every state code claims use, with its name; a former state's code (SUN) is marked. Filters take these names too.");
    }
}

/// <summary>The product as <c>GET /api/about</c> describes it.</summary>
public sealed record About(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("command")] string Command);

/// <summary>A state code with the name it is shown by; <paramref name="Former"/> for a state that no longer exists (its code is not in today's ISO 3166-1).</summary>
public sealed record StateName(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("former")] bool Former);
