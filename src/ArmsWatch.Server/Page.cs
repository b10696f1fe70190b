using System.Text.Json.Serialization;

namespace ArmsWatch.Server;

/// <summary>One page of a listing and where it stands in the whole.</summary>
public sealed record Page<T>(
    [property: JsonPropertyName("items")] IReadOnlyList<T> Items,
    [property: JsonPropertyName("page")] int Number,
    [property: JsonPropertyName("page_size")] int Size,
    [property: JsonPropertyName("total")] long Total);
