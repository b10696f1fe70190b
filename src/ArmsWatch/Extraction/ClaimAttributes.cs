using ArmsWatch.Documents;
using ArmsWatch.Knowledge;
using ArmsWatch.Text;

namespace ArmsWatch.Extraction;

/// <summary>The claim fields read from the words around a decided candidate: quantity and the money values a
/// sentence states.</summary>
public static class ClaimAttributes
{
    /// <summary>The number of units the item's own number states ("eight MiG-29 fighters" → 8); null for ordinals
    /// ("the first of 16"), ranges ("26,000–27,000 rifles") and the article "a".</summary>
    public static int? QuantityOf(SentenceTree tree, ClaimCandidate candidate)
    {
        var tokens = tree.Tokens;
        var item = candidate.Item;
        foreach (var child in tree.ChildrenOf(candidate.ItemHead))
        {
            if (tree.RelationOf(child) != "nummod" || item.Covers(child) || tokens[child].Xpos != "CD")
                continue;
            if (tree.ChildrenOf(child).Any(c => tree.RelationOf(c) is "conj" or "nmod") || IsRange(tokens, child))
                return null;
            return CountAt(tokens, child);
        }
        // The tree may attach the number to a designation inside the item ("eight MiG-29 fighters"): read the word
        // just before the item, past its modifiers ("six new frigates", "12 used French multi-purpose Rafale jets",
        // "42 Dassault-made Rafale jets").
        var before = item.First - 1;
        while (before >= 0 && IsModifier(tree, before))
            before--;
        if (before >= 0 && tokens[before].Xpos == "CD" && NumberParser.Year(tokens[before].Text) is null && !IsRange(tokens, before)
            && !(before > 0 && tokens[before - 1].Text is "$") && !IsMeasure(tokens, before))
            // "the first four of eight MiG-29 fighters": the part told of, not the whole.
            return before > 1 && tokens[before - 1].Text == "of" && tokens[before - 2].Xpos == "CD"
                ? CountAt(tokens, before - 2)
                : CountAt(tokens, before);
        return null;
    }

    // "three dozen" counts 36, "a dozen" 12, "several dozen" no number.
    private static int? CountAt(Token[] tokens, int number)
    {
        if (!tokens[number].Text.Equals("dozen", StringComparison.OrdinalIgnoreCase) || number == 0)
            return Quantities.Count(tokens[number].Text);
        var previous = tokens[number - 1];
        if (Quantities.Count(previous.Text) is { } times)
            return times * 12;
        return previous.Upos is Upos.Adj or Upos.Det && previous.Text is not ("a" or "A" or "an") ? null : 12;
    }

    // A number with a unit glued to it ("155mm", "80km") measures; it does not count.
    private static bool IsMeasure(Token[] tokens, int number) =>
        number + 1 < tokens.Length && tokens[number + 1].Start == tokens[number].End && tokens[number + 1].Text.Length > 0
        && char.IsLetter(tokens[number + 1].Text[0]);

    // A word between a number and the item it counts: an adjective, a participle ("used", "-made", whatever the parser
    // hung it on), a name or a noun modifying the noun ("multi-purpose", "ground-attack"), or a hyphen inside such a word.
    private static bool IsModifier(SentenceTree tree, int index) =>
        tree.Tokens[index].Upos is Upos.Adj
        || tree.Tokens[index].Upos == Upos.Verb && tree.Tokens[index].Xpos is "VBN" or "VBD"
        || tree.Tokens[index].Upos is Upos.Verb or Upos.Propn or Upos.Noun && tree.RelationOf(index) is "amod" or "compound"
        || tree.Tokens[index].Text == "-";

    // Whether the claim's item comes after a named system's: equipment that accompanies it ("JSOW and related equipment"),
    // where a package named first is what the systems after it make up ("an arms sale package ..., including two frigates").
    private static bool AfterASystem(IReadOnlyList<DecidedCandidate> claims, int index) =>
        claims.Any(other => other.View.Candidate.Item.Family is not null && other.View.Candidate.Item.Last < claims[index].View.Candidate.Item.First);

    /// <summary>Gives each claim of a sentence the money value it states: one priced claim per sentence, the one
    /// nearest to the amount, preferring an item that stands for a package or deal when several items are listed (not
    /// equipment named after a system), else a named system.</summary>
    /// <param name="money">The sums in dollars the sentence states (its money spans).</param>
    public static decimal?[] Values(IReadOnlyList<MoneyMention> money, IReadOnlyList<DecidedCandidate> claims)
    {
        var values = new decimal?[claims.Count];
        if (money.Count == 0 || claims.Count == 0)
            return values;
        // A word for the whole package ("the deal", "an arms sale package ... including two frigates"), but not
        // equipment listed beside a system ("JSOW and related equipment for $250 million": the sum is the system's).
        var package = Enumerable.Range(0, claims.Count)
            .Where(i => claims[i].View.Candidate.Item.Label == SpanLabel.TradeWord
                || claims[i].View.Candidate.Item.Category == WeaponCategory.Unspecified && !AfterASystem(claims, i))
            .ToList();
        var systems = Enumerable.Range(0, claims.Count).Where(i => claims[i].View.Candidate.Item.Family is not null).ToList();
        foreach (var amount in money)
        {
            // An amount the tree attaches to an item is that item's ("includes $50 million more in ammunition").
            var attached = Enumerable.Range(0, claims.Count).Where(i => IsAttached(claims[i], amount)).ToList();
            var pool = claims.Count == 1 ? [0] : package.Count > 0 ? package : attached.Count > 0 ? attached
                : systems.Count > 0 ? systems : Enumerable.Range(0, claims.Count).ToList();
            var nearest = pool.MinBy(i => Distance(claims[i].View.Candidate.Item, amount));
            values[nearest] ??= amount.Amount;
        }
        return values;
    }

    // The item's head hangs on the amount's, the amount's on the item's, or both on one word ("includes $50 million more
    // in ammunition").
    private static bool IsAttached(DecidedCandidate claim, MoneyMention amount)
    {
        var tree = claim.View.Tree;
        var (item, money) = (claim.View.Candidate.ItemHead, tree.HeadOfSpan(amount.First, amount.Last));
        if (item < 0 || money < 0)
            return false;
        var head = tree.HeadOf(item);
        return head == money || tree.HeadOf(money) == item || head >= 0 && head == tree.HeadOf(money);
    }

    private static int Distance(Span item, MoneyMention amount) =>
        item.Last < amount.First ? amount.First - item.Last : item.First > amount.Last ? item.First - amount.Last : 0;

    private static bool IsRange(Token[] tokens, int index) =>
        index + 1 < tokens.Length && tokens[index + 1].Text is "-" or "–" or "to" or "or"
        || index > 0 && tokens[index - 1].Text is "between" or "-" or "–";
}
