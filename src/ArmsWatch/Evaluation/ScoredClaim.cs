using System.Text.Json;

namespace ArmsWatch.Evaluation;

/// <summary>A claim as the scorer sees it: the contract's fields as loose JSON values, gold or predicted.</summary>
/// <remarks>Read from JSON rather than from <see cref="Extraction.Claim"/> so that gold files and other tools' output score alike.</remarks>
public sealed class ScoredClaim(JsonElement json)
{
    public string? Text(string field) =>
        json.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null ? value.ToString() : null;

    public double? Number(string field) =>
        json.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    /// <summary>The value as Python's repr writes it in the shared scorer's error lines: 'text', 2001, None.</summary>
    public string Repr(string field) =>
        !json.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null ? "None"
        : value.ValueKind == JsonValueKind.String ? Quote(value.GetString()!)
        : value.GetRawText();

    private static string Quote(string text) => text.Contains('\'') && !text.Contains('"') ? $"\"{text}\"" : $"'{text}'";

    public bool IsOptional => json.TryGetProperty("optional", out var value) && value.ValueKind == JsonValueKind.True;

    public bool IsNegative =>
        (Text("stage") == "cancellation") != (Text("certainty") is "unlikely" or "denied");
}
