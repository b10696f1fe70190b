using System.Globalization;
using ArmsWatch.Documents;

namespace ArmsWatch.Extraction;

/// <summary>
/// The year a claimed step happened or is expected: its own time expression first (a year written as a date, "last
/// year", "this year", "two years ago"; the one nearest the cue among those of its own clause), then a month named
/// without a year, then the publication date. A time expression belongs to the claim when the predicate it hangs on
/// governs the cue without crossing into a conjoined clause ("In July 2018, the navy signed a contract for the
/// acquisition of ...") or hangs on the cue itself ("approved to sell ... in 2019"); one that dates another verb ("delivered ...
/// under a contract signed in 2007", "finalized last year, and the warships were transferred in May") is that verb's.
/// </summary>
public static class YearResolver
{
    private static readonly HashSet<string> YearPrepositions = new(StringComparer.OrdinalIgnoreCase)
        { "in", "by", "since", "until", "from", "during", "early", "late", "mid", "of", "before", "after", "as" };

    // "the 2007 contract", "a 2019 deal": a year written before the deal it dates.
    private static readonly HashSet<string> DealNouns = new(StringComparer.OrdinalIgnoreCase)
        { "contract", "contracts", "deal", "deals", "agreement", "agreements", "accord", "memorandum", "order", "orders", "package", "purchase", "sale" };

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    { ["a"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10 };

    // Relations that join another clause (another event) rather than build the cue's own.
    private static readonly HashSet<string> OtherClause = new(StringComparer.Ordinal) { "conj", "parataxis", "acl:relcl", "list" };

    // Relations a verb form takes when it does not head a clause ("including" as a preposition, "armed forces").
    private static readonly HashSet<string> NotPredicate = new(StringComparer.Ordinal) { "case", "mark", "amod", "compound", "fixed", "flat", "det", "cc", "nummod" };

    public static int? Resolve(Token[] tokens, int scopeStart, int scopeEnd, int cueIndex, PublicationDate? published)
    {
        var words = tokens.Select(t => t.Text.ToLowerInvariant()).ToArray();
        int? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (index, year) in TimeExpressions(tokens, words, scopeStart, scopeEnd, published))
        {
            var distance = Math.Abs(index - cueIndex);
            if (distance < bestDistance && BelongsToClaim(tokens, index, cueIndex))
                (best, bestDistance) = (year, distance);
        }
        if (best is not null)
            return best;
        for (var i = scopeStart; i <= scopeEnd; i++)
        {
            if (Matches(words, i, "coming", "years") || Matches(words, i, "next", "few", "years") || Matches(words, i, "the", "future"))
                return null;
        }
        if (published is not { Year: var article })
            return null;
        // "In November, the president visited ..." written in March: the November before.
        if (published is { Month: { } written } && YearlessPastMonth(tokens, words, scopeStart, scopeEnd, cueIndex) is { } named && named > written)
            return article - 1;
        return article;
    }

    /// <summary>The years the sentence writes as dates, and the expressions that place a year relative to the article's
    /// date ("last year", "this year", "two years ago"), each at the token it hangs by.</summary>
    private static IEnumerable<(int Index, int Year)> TimeExpressions(Token[] tokens, string[] words, int scopeStart, int scopeEnd, PublicationDate? published)
    {
        for (var i = scopeStart; i <= scopeEnd; i++)
        {
            if (NumberParser.Year(tokens[i].Text) is { } stated && IsDate(tokens, i))
                yield return (i, stated);
            if (published is not { Year: var year })
                continue;
            if (Matches(words, i, "last", "year") || Matches(words, i, "previous", "year"))
                yield return (i + 1, year - 1);
            else if (Matches(words, i, "a", "year", "ago"))
                yield return (i + 1, year - 1);
            else if (Matches(words, i, "this", "year"))
                yield return (i + 1, year);
            else if (Matches(words, i, "next", "year"))
                yield return (i + 1, year + 1);
            else if (i + 2 <= scopeEnd && words[i + 1] == "years" && words[i + 2] == "ago" && YearsAgo(words[i]) is { } ago)
                yield return (i + 1, year - ago);
            // "last month" in January is December of the year before; "next month" in December is January after.
            else if (published is { Month: 1 } && Matches(words, i, "last", "month"))
                yield return (i + 1, year - 1);
            else if (published is { Month: 12 } && Matches(words, i, "next", "month"))
                yield return (i + 1, year + 1);
        }
    }

    private static bool IsDate(Token[] tokens, int i)
    {
        var previous = i > 0 ? tokens[i - 1].Text : "";
        return YearPrepositions.Contains(previous) || NumberParser.Parse(previous) is not null || IsMonth(previous)
               || (i > 1 && tokens[i - 1].Text == "," && IsMonthOrDay(tokens[i - 2].Text))
               || DatesDeal(tokens, i);
    }

    private static int? YearsAgo(string word) =>
        NumberWords.TryGetValue(word, out var n) ? n : int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k < 50 ? k : null;

    private static bool DatesDeal(Token[] tokens, int year)
    {
        for (var k = year + 1; k < tokens.Length && k <= year + 4; k++)
            if (DealNouns.Contains(tokens[k].Text))
                return true;
        return false;
    }

    /// <summary>
    /// Whether a time expression dates the claim: the predicate it hangs on is the cue, governs the cue within one
    /// clause, or hangs on the cue or the noun the cue modifies ("a weapon sales contract signed in 2007").
    /// </summary>
    private static bool BelongsToClaim(Token[] tokens, int expression, int cueIndex)
    {
        if (!IsParsed(tokens))
            return true;
        var predicate = PredicateOf(tokens, expression);
        if (predicate < 0)
            return true;
        var cue = tokens[cueIndex];
        var cueNoun = cue.DepRel is "compound" or "amod" ? cue.Head - 1 : cueIndex;
        var head = tokens[predicate].Head - 1;
        var hangsOnCue = (head == cueIndex || head == cueNoun) && !OtherClauseLink(tokens[predicate]);
        return hangsOnCue || Governs(tokens, predicate, cueIndex);
    }

    // The predicate's clause holds the cue: walking up from the cue reaches it before leaving for another clause.
    private static bool Governs(Token[] tokens, int predicate, int cueIndex)
    {
        for (int k = cueIndex, steps = 0; k >= 0 && steps < tokens.Length; k = tokens[k].Head - 1, steps++)
        {
            if (k == predicate)
                return true;
            if (tokens[k].DepRel is { } relation && OtherClause.Contains(relation))
                return false;
        }
        return false;
    }

    private static bool OtherClauseLink(Token token) => token.DepRel is { } relation && relation is "conj" or "parataxis" or "list";

    // The nearest token at or above the expression that heads a clause: a verb in its own right, or the root.
    private static int PredicateOf(Token[] tokens, int expression)
    {
        for (int k = tokens[expression].Head - 1, steps = 0; k >= 0 && steps < tokens.Length; k = tokens[k].Head - 1, steps++)
        {
            if (tokens[k].DepRel == "root" || tokens[k].Upos == Upos.Verb && !(tokens[k].DepRel is { } relation && NotPredicate.Contains(relation)))
                return k;
        }
        return -1;
    }

    private static bool IsParsed(Token[] tokens) => tokens.Any(t => t.DepRel == "root");

    // A month named without a year in the clause of a past step ("In November, ... visited"), as a month number.
    private static int? YearlessPastMonth(Token[] tokens, string[] words, int scopeStart, int scopeEnd, int cueIndex)
    {
        for (var i = Math.Max(1, scopeStart); i <= scopeEnd; i++)
        {
            if (words[i - 1] is not ("in" or "since" or "last") || !DateWords.Months.Contains(tokens[i].Text) || tokens[i].Text.Length < 3)
                continue;
            if (i + 1 < tokens.Length && NumberParser.Year(tokens[i + 1].Text) is not null)
                continue;
            if (!BelongsToClaim(tokens, i, cueIndex) || tokens[cueIndex].Xpos is not ("VBD" or "VBN"))
                continue;
            return DateTime.ParseExact(tokens[i].Text[..3], "MMM", CultureInfo.InvariantCulture).Month;
        }
        return null;
    }

    private static bool IsMonth(string word) =>
        DateWords.Months.Contains(word.TrimEnd('.'));

    private static bool IsMonthOrDay(string word) => IsMonth(word) || NumberParser.Parse(word) is not null;

    private static bool Matches(string[] words, int i, params string[] phrase)
    {
        if (i + phrase.Length > words.Length)
            return false;
        for (var k = 0; k < phrase.Length; k++)
            if (words[i + k] != phrase[k])
                return false;
        return true;
    }
}

/// <summary>Month names and their abbreviations.</summary>
public static class DateWords
{
    public static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };
}
