using ArmsWatch.Knowledge;

namespace ArmsWatch.Extraction;

/// <summary>What a sentence says about the parties of one claim, before the cue decides what its subject is.</summary>
/// <remarks>Gathered either from the dependency tree or, where the tree says nothing, from the words around the cue.</remarks>
public sealed class RoleEvidence
{
    public string? Supplier { get; set; }
    public string? Recipient { get; set; }
    /// <summary>The subject of the cue: its role depends on the cue ("sell" → supplier, "buy" → recipient).</summary>
    public string? Subject { get; set; }
    /// <summary>The other side of a deal or of talks: "a deal with Y".</summary>
    public string? Counterpart { get; set; }
    /// <summary>The maker named by an adjective on the item: "German tanks", "Russian-made weapons".</summary>
    public string? Origin { get; set; }

    public bool IsEmpty => Supplier is null && Recipient is null && Subject is null && Counterpart is null && Origin is null;

    public Parties Resolve(StageCue cue, WeaponMention item)
    {
        string? supplier = Supplier, recipient = Recipient;
        switch (cue.Subject)
        {
            case SubjectRole.Supplier:
                supplier ??= Subject;
                break;
            case SubjectRole.Recipient:
                recipient ??= Subject;
                break;
            default:
                if (Subject is not null && recipient is not null && Subject != recipient) supplier ??= Subject;
                else if (Subject is not null && supplier is not null && Subject != supplier) recipient ??= Subject;
                else if (Subject is not null && Counterpart is not null && (item.Origin ?? Origin) is { } maker
                         && (maker == Subject || maker == Counterpart))
                {
                    // "X signed a deal with Y": the maker of the item is the supplier.
                    supplier ??= maker;
                    recipient ??= maker == Subject ? Counterpart : Subject;
                }
                else if (Subject is not null && Subject == (item.Origin ?? Origin))
                    supplier ??= Subject;
                else if (Subject is not null && Counterpart is not null && Subject != Counterpart)
                    return new Parties(null, null, Subject, Counterpart);
                else if (Subject is not null && (item.Origin ?? Origin) is { } foreignMaker)
                {
                    // "Qatar entered a deal for F-15 jets": a party that does not make the item is the one receiving it.
                    supplier ??= foreignMaker;
                    recipient ??= Subject;
                }
                else if (Subject is not null && supplier is null && recipient is null)
                    return new Parties(null, null, Subject);
                break;
        }
        if (Counterpart is not null)
        {
            if (supplier is not null && recipient is null && Counterpart != supplier) recipient = Counterpart;
            else if (recipient is not null && supplier is null && Counterpart != recipient) supplier = Counterpart;
        }
        if (supplier is null && Origin is not null && Origin != recipient)
            supplier = Origin;
        return new Parties(supplier, recipient);
    }
}
