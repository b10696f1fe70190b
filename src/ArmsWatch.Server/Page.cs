using System.Text.Json.Serialization;

namespace ArmsWatch.Server;

/// <summary>One page of a listing and where it stands in the whole.</summary>
/// <param name="TotalExact">False when <paramref name="Total"/> is a floor ("more than"): a count over many claims by words stops there.</param>
public sealed record Page<T>(
    [property: JsonPropertyName("items")] IReadOnlyList<T> Items,
    [property: JsonPropertyName("page")] int Number,
    [property: JsonPropertyName("page_size")] int Size,
    [property: JsonPropertyName("total")] long Total,
    [property: JsonPropertyName("total_exact")] bool TotalExact = true);
