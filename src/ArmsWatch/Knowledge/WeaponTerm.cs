using ArmsWatch.Extraction;
using ArmsWatch.Documents;

namespace ArmsWatch.Knowledge;

/// <summary>A generic word for equipment ("air defense system", "fighter jet") and what it implies.</summary>
/// <param name="Words">Lower-case singular words, hyphens dropped.</param>
/// <param name="Kind">The transfer kind the term implies ("spare part" → parts), or null.</param>
public sealed record WeaponTerm(string[] Words, WeaponCategory Category, TransferKind? Kind);

/// <summary>A weapon family of the catalogue ("S-300") with its category and the state that makes it.</summary>
public sealed record WeaponSystem(string Family, WeaponCategory Category, string? Origin);
