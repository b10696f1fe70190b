using ArmsWatch.Documents;

namespace ArmsWatch.Register;

/// <summary>
/// One programme as one article tells it: the article's claims about one transfer (one system between one supplier and
/// one recipient, or one category when no system is named), with the generic mentions ("the deal", "weapons") that
/// stand for it. An article's programme is never split between deals.
/// </summary>
/// <param name="Claims">Indices into the article's claims, in text order.</param>
/// <param name="Attached">How many of them name no system (nor, in a programme keyed by category, a category) and joined it as what they stand for.</param>
public sealed record ArticleProgramme(DealKey Key, IReadOnlyList<int> Claims, int? FirstYear, int? LastYear, int Attached)
{
    /// <summary>The category a deal started by this programme is listed under: its system's, or the key's when keyed by category.</summary>
    public required WeaponCategory Category { get; init; }

    /// <summary>The system as the article first writes it, else the first item: what a reader would call the deal.</summary>
    public required string Designation { get; init; }

    /// <summary>
    /// Claims of other programmes whose figures cover this one too: a package's value stated once for several systems
    /// ("24 Rafale jets and a FREMM frigate worth $5.9 billion"). The deal shows them as <c>package</c> figures.
    /// </summary>
    public IReadOnlyList<int> Shared { get; init; } = [];

    public bool IsDated => FirstYear is not null;
}
