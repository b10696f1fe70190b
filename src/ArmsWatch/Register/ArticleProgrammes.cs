using ArmsWatch.Extraction;
using ArmsWatch.Documents;

namespace ArmsWatch.Register;

/// <summary>
/// Groups one article's claims into programmes (<see cref="ArticleProgramme"/>), before they are merged with other
/// articles' into deals. The rules, in order:
/// <list type="number">
/// <item>Claims naming a system form one programme per supplier, recipient and system family, whatever their years: one
/// programme told in one article ("chose the Rafale in 2012 … signed for 36 in 2016") is one deal.</item>
/// <item>A claim with a party left unknown joins the one programme of its family whose known parties agree with it.</item>
/// <item>A claim naming a category but no system ("the aircraft", "tanks") joins the system programme of that category
/// it stands for: the only one of its sentence whose parties agree, else the only one of the article. Left over, such
/// claims form one programme per supplier, recipient and category.</item>
/// <item>A claim of no category ("the deal", "weapons", "the package") joins the programme it stands for in its
/// sentence; when the sentence lists several ("a package of frigates, missiles and vehicles worth $1.8 billion"), the
/// nearest, and its figures count for the others as a <c>package</c>. With none in its sentence, it joins the article's
/// only system programme, unless the article names other kinds of equipment between the same parties: in an article on
/// "S-300 missiles, fighter jets, helicopters and other weapons", "$7 billion worth of weapons" is the whole trade, not
/// the S-300's price. Left over, such claims form one programme per supplier and recipient.</item>
/// </list>
/// So a package's value ("in a deal worth $2.5 billion") lands on the system it buys.
/// </summary>
public static class ArticleProgrammes
{
    /// <param name="claims">The article's claims, in text order.</param>
    /// <param name="years">Each claim's year: its own, else the article's publication year.</param>
    public static IReadOnlyList<ArticleProgramme> Of(IReadOnlyList<Claim> claims, IReadOnlyList<int?> years)
    {
        var indexed = claims.Select((claim, index) => (Claim: claim, Index: index)).ToList();
        var groups = new List<Group>();
        // Claims with both parties known first, so that a claim missing one finds the group it belongs to.
        foreach (var (claim, index) in indexed.Where(pair => HasSystem(pair.Claim)).OrderBy(pair => Unknowns(pair.Claim)).ThenBy(pair => pair.Index))
            Join(groups, claim, index, claim.System!.ToLowerInvariant(), bySystem: true);
        var systems = groups.ToList();

        var categorised = new List<(Claim Claim, int Index)>();
        foreach (var (claim, index) in indexed.Where(pair => !HasSystem(pair.Claim) && pair.Claim.Category != WeaponCategory.Unspecified))
        {
            var candidates = systems.Where(group => Agrees(group, claim) && group.Category == claim.Category).ToList();
            var inSentence = candidates.Where(group => InSentence(group, claims, claim)).ToList();
            var target = inSentence.Count == 1 ? inSentence[0] : inSentence.Count == 0 && candidates.Count == 1 ? candidates[0] : null;
            if (target is null)
                categorised.Add((claim, index));
            else
                target.Attach(index);
        }
        foreach (var (claim, index) in categorised.OrderBy(pair => Unknowns(pair.Claim)).ThenBy(pair => pair.Index))
            Join(groups, claim, index, VocabularyText<WeaponCategory>.Name(claim.Category), bySystem: false);

        var generic = new List<(Claim Claim, int Index)>();
        foreach (var (claim, index) in indexed.Where(pair => !HasSystem(pair.Claim) && pair.Claim.Category == WeaponCategory.Unspecified))
        {
            var inSentence = groups.Where(group => Agrees(group, claim) && InSentence(group, claims, claim)).ToList();
            if (inSentence.Count > 0)
            {
                var nearest = inSentence.MinBy(group => group.Claims.Where(other => SameSentence(claims[other], claim))
                    .Min(other => Math.Abs(claims[other].ItemStart - claim.ItemStart)))!;
                nearest.Attach(index);
                if (claim.ValueUsd is not null || claim.Quantity is not null)
                    foreach (var other in inSentence.Where(group => group != nearest))
                        other.Shared.Add(index);
                continue;
            }
            var only = systems.Where(group => Agrees(group, claim)).ToList();
            if (only.Count == 1 && !NamesOtherEquipment(claims, only[0]))
                only[0].Attach(index);
            else
                generic.Add((claim, index));
        }
        foreach (var (claim, index) in generic.OrderBy(pair => Unknowns(pair.Claim)).ThenBy(pair => pair.Index))
            Join(groups, claim, index, VocabularyText<WeaponCategory>.Name(WeaponCategory.Unspecified), bySystem: false);

        return groups.Select(group =>
        {
            var indices = group.Claims.Order().ToList();
            var dated = indices.Select(index => years[index]).OfType<int>().ToList();
            return new ArticleProgramme(new DealKey(group.Supplier, group.Recipient, group.Family, group.BySystem), indices,
                dated.Count > 0 ? dated.Min() : null, dated.Count > 0 ? dated.Max() : null, group.Attached)
            {
                Category = group.Category,
                Designation = group.BySystem ? indices.Select(index => claims[index].System).OfType<string>().First() : claims[indices[0]].Item,
                Shared = group.Shared.Order().ToList(),
            };
        }).ToList();
    }

    private static void Join(List<Group> groups, Claim claim, int index, string family, bool bySystem)
    {
        var matching = groups.Where(group => group.BySystem == bySystem && group.Family == family && Agrees(group, claim)).ToList();
        var exact = matching.Where(group => group.Supplier == claim.Supplier && group.Recipient == claim.Recipient).ToList();
        var target = exact.Count == 1 ? exact[0]
            : exact.Count == 0 && matching.Count == 1 && Unknowns(claim) > 0 ? matching[0]
            : null;
        if (target is null)
        {
            target = new Group(claim.Supplier, claim.Recipient, family, bySystem, claim.Category);
            groups.Add(target);
        }
        target.Claims.Add(index);
    }

    // Equipment of another kind between the same parties, named without a system of its own: the article is about more than one programme.
    private static bool NamesOtherEquipment(IReadOnlyList<Claim> claims, Group programme) =>
        claims.Any(other => !HasSystem(other) && other.Category != WeaponCategory.Unspecified && other.Category != programme.Category
            && Agrees(programme, other));

    private static bool InSentence(Group group, IReadOnlyList<Claim> claims, Claim claim) =>
        group.Claims.Any(index => SameSentence(claims[index], claim));

    // The evidence too, not only the offset: claims that come without offsets (annotations) all start at 0.
    private static bool SameSentence(Claim a, Claim b) => a.SentenceStart == b.SentenceStart && a.Evidence == b.Evidence;

    // A party one side leaves unknown does not tell the two apart.
    private static bool Agrees(Group group, Claim claim) => Agree(group.Supplier, claim.Supplier) && Agree(group.Recipient, claim.Recipient);

    private static bool Agree(string? a, string? b) => a is null || b is null || a == b;

    private static bool HasSystem(Claim claim) => claim.System is { Length: > 0 };

    private static int Unknowns(Claim claim) => (claim.Supplier is null ? 1 : 0) + (claim.Recipient is null ? 1 : 0);

    private sealed class Group(string? supplier, string? recipient, string family, bool bySystem, WeaponCategory category)
    {
        public string? Supplier { get; } = supplier;
        public string? Recipient { get; } = recipient;
        public string Family { get; } = family;
        public bool BySystem { get; } = bySystem;
        public WeaponCategory Category { get; } = category;
        public List<int> Claims { get; } = [];
        public List<int> Shared { get; } = [];
        public int Attached { get; private set; }

        public void Attach(int index)
        {
            Claims.Add(index);
            Attached++;
        }
    }
}
