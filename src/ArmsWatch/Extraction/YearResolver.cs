using System.Globalization;
using ArmsWatch.Documents;

namespace ArmsWatch.Extraction;

/// <summary>
/// The year a claimed step happened or is expected: its own time expression first (a year in its clause, "last year",
/// "two years ago", a month named without a year), then the publication date. A year that belongs to another verb of
/// the clause ("delivered ... under a contract signed in 2007") is that verb's, not the claim's.
/// </summary>
public static class YearResolver
{
    private static readonly HashSet<string> YearPrepositions = new(StringComparer.OrdinalIgnoreCase)
        { "in", "by", "since", "until", "from", "during", "early", "late", "mid", "of", "before", "after" };

    // "the 2007 contract", "a 2019 deal": a year written before the deal it dates.
    private static readonly HashSet<string> DealNouns = new(StringComparer.OrdinalIgnoreCase)
        { "contract", "contracts", "deal", "deals", "agreement", "agreements", "accord", "memorandum", "order", "orders", "package", "purchase", "sale" };

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    { ["a"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10 };

    public static int? Resolve(Token[] tokens, int scopeStart, int scopeEnd, int cueIndex, PublicationDate? published)
    {
        var stated = StatedYear(tokens, scopeStart, scopeEnd, cueIndex);
        if (stated is not null)
            return stated;
        var words = tokens.Select(t => t.Text.ToLowerInvariant()).ToArray();
        for (var i = scopeStart; i <= scopeEnd; i++)
        {
            if (Matches(words, i, "coming", "years") || Matches(words, i, "next", "few", "years") || Matches(words, i, "the", "future"))
                return null;
        }
        if (published is not { Year: var year })
            return null;
        for (var i = scopeStart; i <= scopeEnd; i++)
        {
            if (Matches(words, i, "last", "year") || Matches(words, i, "previous", "year") || Matches(words, i, "a", "year", "ago"))
                return year - 1;
            if (Matches(words, i, "next", "year"))
                return year + 1;
            // "two years ago"
            if (i + 2 <= scopeEnd && words[i + 1] == "years" && words[i + 2] == "ago" && YearsAgo(words[i]) is { } ago)
                return year - ago;
            // "last month" in January is December of the year before; "next month" in December is January after.
            if (published is { Month: { } month } && Matches(words, i, "last", "month") && month == 1)
                return year - 1;
            if (published is { Month: { } december } && Matches(words, i, "next", "month") && december == 12)
                return year + 1;
        }
        // "In November, the president visited ..." written in March: the November before.
        if (published is { Month: { } written } && YearlessPastMonth(tokens, words, scopeStart, scopeEnd, cueIndex) is { } named && named > written)
            return year - 1;
        return year;
    }

    private static int? YearsAgo(string word) =>
        NumberWords.TryGetValue(word, out var n) ? n : int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k < 50 ? k : null;

    private static int? StatedYear(Token[] tokens, int scopeStart, int scopeEnd, int cueIndex)
    {
        int? best = null;
        var bestDistance = int.MaxValue;
        for (var i = scopeStart; i <= scopeEnd; i++)
        {
            if (NumberParser.Year(tokens[i].Text) is not { } year)
                continue;
            var previous = i > 0 ? tokens[i - 1].Text : "";
            var isDate = YearPrepositions.Contains(previous) || NumberParser.Parse(previous) is not null || IsMonth(previous)
                         || (i > 1 && tokens[i - 1].Text == "," && IsMonthOrDay(tokens[i - 2].Text))
                         || DatesDeal(tokens, i);
            if (!isDate || BelongsToAnotherVerb(tokens, i, cueIndex))
                continue;
            var distance = Math.Abs(i - cueIndex);
            if (distance < bestDistance)
                (best, bestDistance) = (year, distance);
        }
        return best;
    }

    private static bool DatesDeal(Token[] tokens, int year)
    {
        for (var k = year + 1; k < tokens.Length && k <= year + 4; k++)
            if (DealNouns.Contains(tokens[k].Text))
                return true;
        return false;
    }

    // A verb between the cue and the year that does not hang on the cue ("a contract signed" hangs on "contract", and
    // so on "sales" in "a sales contract signed") takes the year for itself: "delivered S-300s under a contract signed
    // in 2007" dates the contract, not the delivery.
    private static bool BelongsToAnotherVerb(Token[] tokens, int year, int cueIndex)
    {
        var cue = tokens[cueIndex];
        var cueNoun = cue.DepRel is "compound" or "amod" ? cue.Head - 1 : cueIndex;
        var (from, to) = year > cueIndex ? (cueIndex + 1, year) : (year + 1, cueIndex);
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Upos != Upos.Verb)
                continue;
            var hangsOnCue = tokens[k].Head - 1 == cueIndex || tokens[k].Head - 1 == cueNoun || cue.Head - 1 == k;
            if (!hangsOnCue)
                return true;
        }
        return false;
    }

    // A month named without a year in the clause of a past step ("In November, ... visited"), as a month number.
    private static int? YearlessPastMonth(Token[] tokens, string[] words, int scopeStart, int scopeEnd, int cueIndex)
    {
        for (var i = Math.Max(1, scopeStart); i <= scopeEnd; i++)
        {
            if (words[i - 1] is not ("in" or "since" or "last") || !DateWords.Months.Contains(tokens[i].Text) || tokens[i].Text.Length < 3)
                continue;
            if (i + 1 < tokens.Length && NumberParser.Year(tokens[i + 1].Text) is not null)
                continue;
            if (BelongsToAnotherVerb(tokens, i, cueIndex) || tokens[cueIndex].Xpos is not ("VBD" or "VBN"))
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
