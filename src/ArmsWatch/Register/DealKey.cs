using System.Text.Json.Serialization;

namespace ArmsWatch.Register;

/// <summary>What claims must share to be about one transfer: supplier, recipient, and the system family, or the category when no system is named.</summary>
/// <param name="Supplier">Null when no claim of the programme names it.</param>
/// <param name="Family">The system family in lower case ("s-300"), or the category ("air-defence") when <paramref name="BySystem"/> is false.</param>
public sealed record DealKey(
    [property: JsonPropertyName("supplier")] string? Supplier,
    [property: JsonPropertyName("recipient")] string? Recipient,
    [property: JsonPropertyName("family")] string Family,
    [property: JsonPropertyName("by_system")] bool BySystem)
{
    /// <summary>The key as one string, for ordering and for locking it among workers.</summary>
    [JsonIgnore] public string Text => $"{Supplier}\u001f{Recipient}\u001f{Family}\u001f{(BySystem ? 1 : 0)}";

    /// <summary>The start of a deal's id: "RUS-IRN-s-300".</summary>
    [JsonIgnore] public string Slug => $"{Supplier ?? "unknown"}-{Recipient ?? "unknown"}-{Family}";

    public override string ToString() => $"{Supplier ?? "?"} → {Recipient ?? "?"}, {(BySystem ? "system" : "category")} {Family}";
}
