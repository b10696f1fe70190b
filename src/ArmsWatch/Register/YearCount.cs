using System.Text.Json.Serialization;

namespace ArmsWatch.Register;

/// <summary>Claims dated to one year (the claim's own year, else its article's).</summary>
public sealed record YearCount(
    [property: JsonPropertyName("year")] int Year,
    [property: JsonPropertyName("claims")] int Claims);
