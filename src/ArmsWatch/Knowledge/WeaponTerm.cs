using ArmsWatch.Documents;

namespace ArmsWatch.Knowledge;

/// <summary>A generic word for equipment ("air defense system", "fighter jet") and what it implies.</summary>
/// <param name="Words">Lower-case singular words, hyphens dropped.</param>
/// <param name="Kind">The transfer kind the term implies ("spare part" → parts), or null.</param>
public sealed record WeaponTerm(string[] Words, WeaponCategory Category, TransferKind? Kind);

/// <summary>A designation of the catalogue ("S-300PMU2") with its family ("S-300"), category and the state that makes it.</summary>
/// <param name="Origin">The state a system comes from when the article names no supplier; null for a joint programme.</param>
public sealed record WeaponSystem(string Family, WeaponCategory Category, string? Origin)
{
    /// <summary>The catalogued designation (SIPRI's "Su-30MK"), the family itself for a hand-kept family.</summary>
    public string Designation { get; init; } = Family;

    /// <summary>The company that makes it, when the maker table knows.</summary>
    public string? Maker { get; init; }

    /// <summary>Every state of origin: one, or the partners of a joint programme ("GBR", "DEU", "ITA", "ESP").</summary>
    public string[] Origins { get; init; } = [];

    /// <summary>SIPRI's deals for it: of two systems written alike, the more common is meant.</summary>
    public int Deals { get; init; }

    /// <summary>Whether its family is one of the hand-kept families news names most (they win over SIPRI's namesakes).</summary>
    public bool HandKept { get; init; }
}
