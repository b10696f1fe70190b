using System.Globalization;
using ArmsWatch.Documents;
using ArmsWatch.Knowledge;
using ArmsWatch.Text;

namespace ArmsWatch.Extraction;

/// <summary>
/// The year a claimed step happened or is expected: its own time expression first (a year written as a date or a
/// fiscal year, "last year", "this year", "two years ago", "a decade ago", "last spring", "last August", "two months
/// ago"; the one nearest the cue among those of its own clause; a deadline never dates a deal told in the past), then a
/// month named without a year (past: the one before; future: the one after), then the publication date. A time
/// expression belongs to the claim when the predicate it hangs on governs the cue without crossing into a conjoined clause ("In July 2018, the navy signed a contract for the
/// acquisition of ...") or hangs on the cue itself ("approved to sell ... in 2019"); one that dates another verb ("delivered ...
/// under a contract signed in 2007", "finalized last year, and the warships were transferred in May") is that verb's.
/// </summary>
public static class YearResolver
{
    // Relations that join another clause (another event) rather than build the cue's own.
    private static readonly HashSet<string> OtherClause = new(StringComparer.Ordinal) { "conj", "parataxis", "acl:relcl", "list" };

    // "starting from August 2023", "beginning in 2025": participles that open a span of time as a preposition does.
    private static readonly HashSet<string> OpeningWords = new(StringComparer.OrdinalIgnoreCase) { "starting", "beginning", "commencing" };

    // Relations a verb form takes when it does not head a clause ("including" as a preposition, "armed forces").
    private static readonly HashSet<string> NotPredicate = new(StringComparer.Ordinal) { "case", "mark", "amod", "compound", "fixed", "flat", "det", "cc", "nummod" };

    /// <summary>The year of the claim whose cue is <paramref name="cueIndex"/> in the sentence <paramref name="tree"/>
    /// parses, or null.</summary>
    public static int? Resolve(SentenceTree tree, int cueIndex, PublicationDate? published) => Resolve(tree, cueIndex, cueIndex, published);

    /// <summary>The year of the claim whose cue is <paramref name="cueIndex"/> and whose item's head is
    /// <paramref name="itemIndex"/>: a time expression of the clause that holds the item dates it too ("Navantia was
    /// contracted in 2018 to build five corvettes ... adapted to specific requirements").</summary>
    public static int? Resolve(SentenceTree tree, int cueIndex, int itemIndex, PublicationDate? published)
    {
        var tokens = tree.Tokens;
        var (scopeStart, scopeEnd) = (0, tokens.Length - 1);
        var words = tokens.Select(t => t.Text.ToLowerInvariant()).ToArray();
        cueIndex = ContentWord(tree, cueIndex);
        var toldInPast = IsToldInPast(tree, cueIndex);
        int? best = null, itemsClause = null;
        var bestDistance = int.MaxValue;
        var itemsDistance = int.MaxValue;
        foreach (var (_, _, index, year, _) in TimeExpressions.Find(tokens, published))
        {
            var distance = Math.Abs(index - cueIndex);
            // Rule "a deadline dates what is still to come": "signed an agreement to supply 12 jets by 2030" dates the
            // supply, not the signing the claim reports.
            if (toldInPast && IsDeadline(words, index) && (published is not { Year: var now } || year > now))
                continue;
            if (distance < bestDistance && BelongsToClaim(tree, index, cueIndex))
                (best, bestDistance) = (year, distance);
            else if (Math.Abs(index - itemIndex) < itemsDistance && InItemsClause(tree, index, itemIndex, cueIndex))
                (itemsClause, itemsDistance) = (year, Math.Abs(index - itemIndex));
        }
        best ??= itemsClause;
        if (best is not null)
            return best;
        for (var i = scopeStart; i <= scopeEnd; i++)
        {
            // The open future of the claim's own clause; one of another clause ("could increase this in the future") is not its.
            var end = TimeExpressions.Matches(words, i, "coming", "years") ? i + 1 : TimeExpressions.Matches(words, i, "next", "few", "years") ? i + 2 : TimeExpressions.Matches(words, i, "the", "future") ? i + 1 : -1;
            if (end >= 0 && BelongsToClaim(tree, end, cueIndex))
                return null;
        }
        if (published is not { Year: var article })
            return null;
        if (published is { Month: { } written } && YearlessMonth(tree, words, scopeStart, scopeEnd, cueIndex) is { } named)
        {
            // "In November, the president visited ..." written in March: the November before.
            if (named.Past && named.Month > written)
                return article - 1;
            // "will leave for the US in January" written in December: the January after.
            if (!named.Past && named.Month < written)
                return article + 1;
        }
        return article;
    }

    // "by 2030", "until 2025", "no later than 2027": a deadline.
    private static bool IsDeadline(string[] words, int i) =>
        i > 0 && words[i - 1] is "by" or "until" or "till" or "than";

    /// <summary>The word a cue stands for when the candidate's cue is a function word ("to" of "aims to turn out").</summary>
    private static int ContentWord(SentenceTree tree, int cueIndex) =>
        tree.Tokens[cueIndex].DepRel is "mark" or "aux" or "aux:pass" or "cop" && tree.HeadOf(cueIndex) is var head and >= 0 ? head : cueIndex;

    /// <summary>
    /// Whether the cue is a verb told in the past ("signed", "has signed", "was contracted"), not a plan ("will be
    /// signed"), or the infinitive of a deal told so ("signed an agreement to supply", "agreed to sell").
    /// </summary>
    private static bool IsToldInPast(SentenceTree tree, int cueIndex)
    {
        var tokens = tree.Tokens;
        if (tokens[cueIndex].DepRel is "acl" or "xcomp" && tree.HeadOf(cueIndex) is var governor and >= 0
            && tree.ChildrenOf(cueIndex).Any(k => tokens[k] is { DepRel: "mark", Xpos: "TO" }))
        {
            if (tokens[governor].Upos != Upos.Verb && tokens[governor].DepRel is "obj" or "nsubj:pass" && tree.HeadOf(governor) is var above and >= 0)
                governor = above;
            return governor != cueIndex && IsPastVerb(tree, governor);
        }
        return IsPastVerb(tree, cueIndex);
    }

    private static bool IsPastVerb(SentenceTree tree, int cueIndex)
    {
        var tokens = tree.Tokens;
        if (tokens[cueIndex].Xpos == "VBD")
            return true;
        if (tokens[cueIndex].Xpos != "VBN")
            return false;
        var auxiliaries = tree.ChildrenOf(cueIndex)
            .Where(k => tokens[k].DepRel is "aux" or "aux:pass")
            .Select(k => tokens[k].Text.ToLowerInvariant()).ToList();
        return auxiliaries.Any(a => a is "has" or "have" or "had" or "was" or "were") && !auxiliaries.Any(a => a is "will" or "shall" or "would" or "be" or "to");
    }

    /// <summary>
    /// Whether a time expression dates the claim: the predicate it hangs on is the cue, governs the cue within one
    /// clause, or hangs on the cue or the noun the cue modifies ("a weapon sales contract signed in 2007").
    /// </summary>
    // The time of the clause that holds the item dates the claim when none in the cue's does, unless that clause is one the cue's own clause governs (the
    // suspension "imposed after the company attempted ... during a demonstration of its drones in August 2017").
    private static bool InItemsClause(SentenceTree tree, int expression, int itemIndex, int cueIndex)
    {
        if (!IsParsed(tree.Tokens) || itemIndex < 0)
            return false;
        var predicate = PredicateOf(tree, expression);
        var cuesClause = tree.Tokens[cueIndex].Upos == Upos.Verb ? cueIndex : PredicateOf(tree, cueIndex);
        return predicate >= 0 && (Governs(tree, predicate, itemIndex) || Governs(tree, PlanOf(tree, predicate), itemIndex))
               && !(cuesClause >= 0 && cuesClause != predicate && tree.Dominates(cuesClause, predicate));
    }

    private static bool BelongsToClaim(SentenceTree tree, int expression, int cueIndex)
    {
        var tokens = tree.Tokens;
        if (!IsParsed(tokens))
            return true;
        var predicate = PredicateOf(tree, expression);
        if (predicate < 0)
            return true;
        var cueNoun = tokens[cueIndex].DepRel is "compound" or "amod" && tree.HeadOf(cueIndex) is var noun and >= 0 ? noun : cueIndex;
        var head = tree.HeadOf(predicate);
        var hangsOnCue = (head == cueIndex || head == cueNoun) && !OtherClauseLink(tokens[predicate]);
        return hangsOnCue || Governs(tree, predicate, cueIndex) || Governs(tree, PlanOf(tree, predicate), cueIndex)
               || DescribesSubject(tree, predicate, cueNoun);
    }

    // "is scheduled to be delivered in 2021": the time of an open complement dates the plan the verb above it states.
    private static int PlanOf(SentenceTree tree, int predicate)
    {
        for (var steps = 0; tree.Tokens[predicate].DepRel == "xcomp" && tree.HeadOf(predicate) is var head and >= 0 && steps < tree.Tokens.Length; steps++)
            predicate = head;
        return predicate;
    }

    // "Booked in December 2023, the order is worth ...": a participle opening the sentence describes its subject.
    private static bool DescribesSubject(SentenceTree tree, int predicate, int cueNoun) =>
        (tree.Tokens[predicate] is { DepRel: "advcl", Xpos: "VBN" } && predicate < cueNoun
        && tree.HeadOf(cueNoun) == tree.HeadOf(predicate) && tree.Tokens[cueNoun].DepRel is "nsubj" or "nsubj:pass")
        || OpensSentence(tree, predicate, cueNoun);

    // "Booked in December 2023, the order is worth ..." read as two clauses: a past participle that opens the sentence
    // with no subject of its own, and the clause after its comma, whose subject the participle describes.
    private static bool OpensSentence(SentenceTree tree, int predicate, int cueNoun) =>
        predicate == 0 && tree.Tokens[0].Xpos == "VBN" && predicate < cueNoun
        && !tree.ChildrenOf(predicate).Any(k => tree.Tokens[k].DepRel is "nsubj" or "nsubj:pass" or "aux" or "aux:pass")
        && tree.Tokens[cueNoun].DepRel is "nsubj" or "nsubj:pass" && tree.HeadOf(cueNoun) is var clause and >= 0
        && tree.HeadOf(clause) == predicate && tree.Tokens[clause].DepRel is "parataxis" or "conj" or "ccomp";

    // The predicate's clause holds the cue: walking up from the cue reaches it before leaving for another clause.
    private static bool Governs(SentenceTree tree, int predicate, int cueIndex)
    {
        for (int k = cueIndex, steps = 0; k >= 0 && steps < tree.Tokens.Length; k = tree.HeadOf(k), steps++)
        {
            if (k == predicate)
                return true;
            if (tree.Tokens[k].DepRel is { } relation && OtherClause.Contains(relation))
                return false;
        }
        return false;
    }

    private static bool OtherClauseLink(Token token) => token.DepRel is { } relation && relation is "conj" or "parataxis" or "list";

    // The nearest token at or above the expression that heads a clause: a verb in its own right, or the root.
    private static int PredicateOf(SentenceTree tree, int expression)
    {
        var tokens = tree.Tokens;
        for (int k = tree.HeadOf(expression), steps = 0; k >= 0 && steps < tokens.Length; k = tree.HeadOf(k), steps++)
        {
            if (tokens[k].DepRel == "root" || tokens[k].Upos == Upos.Verb && !(tokens[k].DepRel is { } relation && NotPredicate.Contains(relation))
                && !(tokens[k].Xpos == "VBG" && OpeningWords.Contains(tokens[k].Text)))
                return k;
        }
        return -1;
    }

    private static bool IsParsed(Token[] tokens) => tokens.Any(t => t.DepRel == "root");

    // A month named without a year in the clause of a past step ("In November, ... visited", "in late December") or of
    // a step still to come ("will leave in January"), as a month number.
    private static (int Month, bool Past)? YearlessMonth(SentenceTree tree, string[] words, int scopeStart, int scopeEnd, int cueIndex)
    {
        var tokens = tree.Tokens;
        for (var i = Math.Max(1, scopeStart); i <= scopeEnd; i++)
        {
            var preposition = words[i - 1] is "early" or "late" or "mid" && i > 1 ? words[i - 2] : words[i - 1];
            if (preposition is not ("in" or "since" or "last") || DateWords.MonthNumber(tokens[i].Text) is not { } month)
                continue;
            if (i + 1 < tokens.Length && NumberParser.Year(tokens[i + 1].Text) is not null)
                continue;
            if (!BelongsToClaim(tree, i, cueIndex))
                continue;
            if (tokens[cueIndex].Xpos is "VBD" or "VBN" && !IsPlanned(tree, PredicateOf(tree, i)))
                return (month, true);
            if (preposition == "in" && IsPlanned(tree, PredicateOf(tree, i)))
                return (month, false);
        }
        return null;
    }

    // A verb with "will" or "shall", or the open complement of one ("will leave", "is to be delivered").
    private static bool IsPlanned(SentenceTree tree, int predicate) =>
        predicate >= 0 && (HasFutureAuxiliary(tree, predicate) || PlanOf(tree, predicate) is var plan && plan != predicate && HasFutureAuxiliary(tree, plan));

    private static bool HasFutureAuxiliary(SentenceTree tree, int verb) =>
        tree.ChildrenOf(verb).Any(k => tree.Tokens[k].DepRel is "aux" && tree.Tokens[k].Text.ToLowerInvariant() is "will" or "shall" or "'ll");
}

