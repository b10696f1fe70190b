using System.Text.Json.Serialization;
using ArmsWatch.Documents;

namespace ArmsWatch.Register;

/// <summary>What claims must share to be about one transfer: supplier, recipient, and the system family, or the category when no system is named.</summary>
/// <param name="Family">The system family in lower case ("s-300"), or the category ("air-defence") when <paramref name="BySystem"/> is false.</param>
public sealed record DealKey(
    [property: JsonPropertyName("supplier")] string? Supplier,
    [property: JsonPropertyName("recipient")] string? Recipient,
    [property: JsonPropertyName("family")] string Family,
    [property: JsonPropertyName("by_system")] bool BySystem)
{
    public static DealKey Of(StoredClaim stored)
    {
        var claim = stored.Claim;
        return claim.System is { Length: > 0 } system
            ? new DealKey(claim.Supplier, claim.Recipient, system.ToLowerInvariant(), true)
            : new DealKey(claim.Supplier, claim.Recipient, VocabularyText<WeaponCategory>.Name(claim.Category), false);
    }

    public override string ToString() => $"{Supplier ?? "?"} → {Recipient ?? "?"}, {(BySystem ? "system" : "category")} {Family}";
}
