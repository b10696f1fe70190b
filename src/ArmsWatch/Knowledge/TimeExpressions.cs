using System.Globalization;
using ArmsWatch.Documents;
using ArmsWatch.Text;

namespace ArmsWatch.Knowledge;

/// <summary>A time expression that names a year: tokens <paramref name="First"/>..<paramref name="Last"/>, the year it
/// names, and <paramref name="Anchor"/>, the token it hangs by in the tree ("year" of "last year").</summary>
/// <param name="Relative">Whether the year is reckoned from the article's date ("last year", "two years ago").</param>
public readonly record struct TimeExpression(int First, int Last, int Anchor, int Year, bool Relative);

/// <summary>
/// The time expressions of a sentence that name a year: a year written as a date ("in 2018", "July 22, 2021", "the 2007
/// contract"), a fiscal year ("FY2019", "fiscal year 2019"), and, when the article's date is known, the expressions
/// that place a year relative to it ("last year", "this year", "two years ago", "a decade ago", "last spring", "last
/// August", "two months ago").
/// </summary>
public static class TimeExpressions
{
    private static readonly HashSet<string> YearPrepositions = new(StringComparer.OrdinalIgnoreCase)
        { "in", "by", "since", "until", "from", "during", "early", "late", "mid", "of", "before", "after", "as" };

    // "the 2007 contract", "a 2019 deal": a year written before the deal it dates.
    private static readonly HashSet<string> DealNouns = new(StringComparer.OrdinalIgnoreCase)
        { "contract", "contracts", "deal", "deals", "agreement", "agreements", "accord", "memorandum", "order", "orders", "package", "purchase", "sale" };

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    { ["a"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10 };

    /// <summary>The sentence's time expressions in the order they stand; the relative ones only when
    /// <paramref name="published"/> gives the article's year.</summary>
    public static IEnumerable<TimeExpression> Find(Token[] tokens, PublicationDate? published)
    {
        var end = tokens.Length - 1;
        for (var i = 0; i <= end; i++)
        {
            if (NumberParser.Year(tokens[i].Text) is { } stated && IsDate(tokens, i))
                yield return new(WrittenDateStart(tokens, i), i, i, stated, false);
            else if (FiscalYearToken(tokens[i].Text) is { } fiscal)
                yield return new(i, i, i, fiscal, false);
            if (published is not { Year: var year })
                continue;
            if (Relative(tokens, i, published.Value, year) is var (last, offset) && last > 0)
                yield return new(i, last, i + 1, offset, true);
        }
    }

    // The last token of a relative expression starting at i and the year it names; (0, 0) when none starts there.
    private static (int Last, int Year) Relative(Token[] tokens, int i, PublicationDate published, int year)
    {
        var end = tokens.Length - 1;
        bool Is(int k, string word) => k >= 0 && k <= end && tokens[k].Text.Equals(word, StringComparison.OrdinalIgnoreCase);
        // "in the last year of the Tory government" names no year relative to the article.
        if ((Is(i, "last") && Is(i + 1, "year") && !Is(i - 1, "the") && !Is(i + 2, "of")) || Is(i, "previous") && Is(i + 1, "year"))
            return (i + 1, year - 1);
        if (Is(i, "a") && Is(i + 1, "year") && Is(i + 2, "ago"))
            return (i + 2, year - 1);
        if (Is(i, "this") && Is(i + 1, "year"))
            return (i + 1, year);
        if (Is(i, "next") && Is(i + 1, "year"))
            return (i + 1, year + 1);
        if (Is(i + 1, "years") && Is(i + 2, "ago") && YearsAgo(tokens[i].Text) is { } ago)
            return (i + 2, year - ago);
        // "a decade ago", "two decades ago".
        if ((Is(i + 1, "decade") || Is(i + 1, "decades")) && Is(i + 2, "ago") && YearsAgo(tokens[i].Text) is { } decades)
            return (i + 2, year - 10 * decades);
        // "last spring" written in January is the spring of the year before; written in July, this year's.
        if (Is(i, "last") && i + 1 <= end && DateWords.SeasonEnds.TryGetValue(tokens[i + 1].Text, out var seasonEnd))
            return (i + 1, published is { Month: { } month } && month > seasonEnd ? year : year - 1);
        // "last August" is the latest August before the article's month: this year's only when the month is earlier.
        if (Is(i, "last") && i + 1 <= end && DateWords.MonthNumber(tokens[i + 1].Text) is { } named)
            return (i + 1, published is { Month: { } written } && named < written ? year : year - 1);
        // "two months ago" written in January is last year's November.
        if ((Is(i + 1, "months") || Is(i + 1, "month")) && Is(i + 2, "ago") && published is { Month: { } now } && YearsAgo(tokens[i].Text) is { } months)
            return (i + 2, now - months >= 1 ? year : year - 1);
        // "last month" in January is December of the year before; "next month" in December is January after.
        if (published is { Month: 1 } && Is(i, "last") && Is(i + 1, "month"))
            return (i + 1, year - 1);
        if (published is { Month: 12 } && Is(i, "next") && Is(i + 1, "month"))
            return (i + 1, year + 1);
        return (0, 0);
    }

    // "July 22, 2021", "22 July 2021", "in March 2019": the month and day written before the year are part of the date.
    private static int WrittenDateStart(Token[] tokens, int year)
    {
        var first = year;
        if (first > 1 && tokens[first - 1].Text == "," && NumberParser.Parse(tokens[first - 2].Text) is not null)
            first -= 2;
        if (first > 0 && DateWords.IsMonth(tokens[first - 1].Text))
        {
            first--;
            if (first > 0 && NumberParser.Parse(tokens[first - 1].Text) is not null)
                first--;
        }
        return first;
    }

    private static bool IsDate(Token[] tokens, int i)
    {
        var previous = i > 0 ? tokens[i - 1].Text : "";
        return YearPrepositions.Contains(previous) || NumberParser.Parse(previous) is not null || DateWords.IsMonth(previous)
               || (i > 1 && tokens[i - 1].Text == "," && IsMonthOrDay(tokens[i - 2].Text))
               || DatesDeal(tokens, i) || IsFiscalYear(tokens, i);
    }

    // "FY 2019", "the fiscal year 2019 defense authorization bill", "financial year 2024".
    private static bool IsFiscalYear(Token[] tokens, int i) =>
        i > 0 && (tokens[i - 1].Text is "FY" || i > 1 && tokens[i - 1].Text.Equals("year", StringComparison.OrdinalIgnoreCase)
            && tokens[i - 2].Text.ToLowerInvariant() is "fiscal" or "financial");

    // "FY2019", "FY19": a fiscal year written as one token.
    private static int? FiscalYearToken(string token) =>
        token.Length is 4 or 6 && token.StartsWith("FY", StringComparison.Ordinal)
        && int.TryParse(token.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n < 100 ? 2000 + n : n is >= 1900 and < 2100 ? n : null
            : null;

    private static int? YearsAgo(string word) =>
        NumberWords.TryGetValue(word, out var n) ? n : int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k < 50 ? k : null;

    private static bool DatesDeal(Token[] tokens, int year)
    {
        for (var k = year + 1; k < tokens.Length && k <= year + 4; k++)
            if (DealNouns.Contains(tokens[k].Text))
                return true;
        return false;
    }

    private static bool IsMonthOrDay(string word) => DateWords.IsMonth(word) || NumberParser.Parse(word) is not null;

    /// <summary>Whether the lower-case <paramref name="words"/> spell <paramref name="phrase"/> from <paramref name="i"/> on.</summary>
    public static bool Matches(string[] words, int i, params string[] phrase)
    {
        if (i < 0 || i + phrase.Length > words.Length)
            return false;
        for (var k = 0; k < phrase.Length; k++)
            if (words[i + k] != phrase[k])
                return false;
        return true;
    }
}
