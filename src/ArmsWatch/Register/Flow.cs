using System.Text.Json.Serialization;

namespace ArmsWatch.Register;

/// <summary>Claims from one supplier to one recipient, and how many of them report a delivery.</summary>
public sealed record Flow(
    [property: JsonPropertyName("supplier")] string Supplier,
    [property: JsonPropertyName("recipient")] string Recipient,
    [property: JsonPropertyName("claims")] int Claims,
    [property: JsonPropertyName("deliveries")] int Deliveries);
