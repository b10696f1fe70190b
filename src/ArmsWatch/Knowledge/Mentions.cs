using ArmsWatch.Documents;

namespace ArmsWatch.Knowledge;

/// <summary>A name of the lexicon found in a sentence: tokens <c>First</c>..<c>Last</c> inclusive.</summary>
public sealed record EntityMention(int First, int Last, Entity Entity);

/// <summary>Equipment named in a sentence: the item span, its head word, and what the lexicon knows of it.</summary>
/// <param name="System">The family ("S-300"), or the designation's family part when uncatalogued; null for generic items.</param>
/// <param name="Origin">The state that makes the system, when catalogued.</param>
/// <param name="IsTradeWord">A word that stands for the equipment ("the contract", "deliveries") rather than naming it.</param>
/// <param name="IsPeopleTrained">Training the tree shows given to people ("trained Venezuelan pilots", "the pilots will be
/// trained"), an item even where its word is a verb.</param>
public sealed record WeaponMention(
    int First,
    int Last,
    int Head,
    WeaponCategory Category,
    string? System,
    string? Origin,
    TransferKind? Kind,
    bool IsTradeWord = false,
    bool IsPeopleTrained = false)
{
    public bool IsGeneric => System is null;

    /// <summary>The catalogued designation ("Su-30MK" for "Su-30MKI"), null when uncatalogued or generic.</summary>
    public string? Designation { get; init; }

    /// <summary>The company that makes the system, when the catalogue knows.</summary>
    public string? Maker { get; init; }

    /// <summary>Every state of origin (the partners of a joint programme); empty when unknown.</summary>
    public string[] Origins { get; init; } = [];
}

/// <summary>A person named in a sentence: tokens <c>First</c>..<c>Last</c>, their full name when known, their office
/// and the state they speak for.</summary>
public sealed record PersonMention(int First, int Last, string? Name, string? Role, string? State, bool InTable);
