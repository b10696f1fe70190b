using System.Globalization;
using System.Text.RegularExpressions;

namespace ArmsWatch.Reading;

/// <summary>Finds the dates, months and years an English news text mentions, and the tense it mentions them in.</summary>
public static partial class DateMentions
{
    private const string MonthName =
        @"(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![\p{L}])\.?";

    private const string Day = @"(?<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)";

    // Years a news text about today's arms trade plausibly names; wider ranges catch quantities ("1000 tanks").
    private const string Year = @"(?<year>(?:19[4-9]|20[0-4])\d)(?![\d%])";

    /// <summary>Every date with a day, month and year ("Dec. 31, 2001", "18 December 2013", "15.05.2010", "2022-02-04").</summary>
    public static IEnumerable<DateMention> FullDates(string text)
    {
        foreach (var regex in new[] { MonthDayYear(), DayMonthYear(), IsoDate() })
            foreach (Match m in regex.Matches(text))
                if (ToMention(text, m) is { } mention)
                    yield return mention;
        foreach (Match m in NumericDate().Matches(text))
        {
            var first = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
            var second = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
            // Dots and dashes are the day-first order of most of the world; slashes the US month-first order unless the
            // first number cannot be a month.
            var dayFirst = m.Groups["sep"].Value is "." or "-" || first > 12;
            var (day, month) = dayFirst ? (first, second) : (second, first);
            var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (IsValid(year, month, day))
                yield return new DateMention(m.Index, year, month, day, IsFuture(text, m.Index));
        }
    }

    /// <summary>Months named with a year but no day ("November 2014").</summary>
    public static IEnumerable<DateMention> MonthsWithYear(string text) =>
        MonthYear().Matches(text).Select(m => ToMention(text, m)).OfType<DateMention>();

    /// <summary>Dates and months named without a year ("Nov. 24", "in December"): the text takes the year as understood.</summary>
    public static IEnumerable<DateMention> WithoutYear(string text)
    {
        foreach (var regex in new[] { MonthDay(), DayMonth(), BareMonth() })
            foreach (Match m in regex.Matches(text))
                if (ToMention(text, m) is { } mention)
                    yield return mention;
    }

    /// <summary>Every year named alone or in a date; for a range ("1989-91") its last year.</summary>
    public static IEnumerable<DateMention> Years(string text)
    {
        foreach (Match m in YearAlone().Matches(text))
        {
            var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            // "1989-91" is a range; "2020-08" is a year and month.
            int? from = null;
            if (m.Groups["to"].Success && int.Parse(m.Groups["to"].Value, CultureInfo.InvariantCulture) is var to && to > year % 100)
                (from, year) = (year, year / 100 * 100 + to);
            yield return new DateMention(m.Index, year, null, null, IsFuture(text, m.Index), from);
        }
    }

    /// <summary>The month number of an English month name or abbreviation.</summary>
    public static int MonthNumber(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        _ => 12,
    };

    // How far before a deadline word its verb is looked for, in characters (about eight words).
    private const int DeadlineVerbReach = 50;

    /// <summary>Whether the clause leading up to a mention speaks of it as a deadline or plan rather than as past.</summary>
    /// <remarks>
    /// A deadline just before the date ("by", "until", "no later than the first half of") makes it future, unless the
    /// clause is told in the past ("was part of the USSR until 1991"). Otherwise the
    /// last tense marker before it in the sentence decides: a future cue ("will", "plans", "is expected") carries over
    /// commas to the dates listed after it ("will receive 38 tanks this year, 42 in 2025, and 28 in 2026") unless a
    /// past verb comes between ("are to hold talks with X, who made a trip in December").
    /// </remarks>
    public static bool IsFuture(string text, int index)
    {
        var clause = ClauseBefore(text, index);
        // A deadline whose verb is in the past is a past period ("was part of the USSR until 1991"); the verb is near it,
        // so a past verb further back ("signed a deal in 2018 to deliver them by 2021") does not count.
        if (Deadline().Match(clause) is { Success: true } deadline)
        {
            var verbStart = Math.Max(0, deadline.Index - DeadlineVerbReach);
            return !PastMarker().IsMatch(clause[verbStart..deadline.Index]);
        }
        var cue = FutureCue().Matches(clause).LastOrDefault();
        // A plan told in the past ("was scheduled for", "were expected in") was made before the writing and has
        // mostly come due since: no deadline still ahead.
        return cue is not null && !PastMarker().IsMatch(clause, cue.Index + cue.Length) && !PastPlan().IsMatch(clause[..cue.Index]);
    }

    /// <summary>Whether the clause leading up to a mention has a verb in the past tense.</summary>
    public static bool IsToldInPast(string text, int index) => PastMarker().IsMatch(ClauseBefore(text, index));

    /// <summary>The part of the sentence before a position: back to the last sentence end or line break.</summary>
    public static string ClauseBefore(string text, int index)
    {
        var start = Math.Max(0, index - 120);
        var before = text[start..index];
        var lineBreak = before.LastIndexOf('\n');
        if (lineBreak >= 0)
            before = before[(lineBreak + 1)..];
        var end = SentenceBoundary().Matches(before).LastOrDefault();
        return end is null ? before : before[(end.Index + end.Length)..];
    }

    public static bool IsValid(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static DateMention? ToMention(string text, Match m)
    {
        int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
        var month = m.Groups["mon"].Value is { Length: > 0 } mon
            ? char.IsDigit(mon[0]) ? int.Parse(mon, CultureInfo.InvariantCulture) : MonthNumber(mon)
            : (int?)null;
        int? day = m.Groups["day"].Success ? int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture) : null;
        if (month is null or < 1 or > 12 || day is { } d && !IsValid(year ?? 2000, month.Value, d))
            return null;
        return new DateMention(m.Index, year, month, day, IsFuture(text, m.Index));
    }

    // "December 10-11, 2019": a span of days is dated by its first.
    [GeneratedRegex(@"(?<![\p{L}])" + MonthName + @"\s+" + Day + @"(?:[-–][0-3]?\d(?!\d))?,?\s+" + Year)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"(?<![\p{L}\d])" + Day + @"\s+" + MonthName + @",?\s+" + Year)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"(?<![\d-])" + Year + @"-(?<mon>[01]\d)(?:-(?<day>[0-3]\d))?(?!\d)")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<![\d./-])(?<a>[0-3]?\d)(?<sep>[./-])(?<b>[0-3]?\d)\k<sep>" + Year)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<!\d\s?)" + MonthName + @",?\s+" + Year)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"(?<![\p{L}])" + MonthName + @"\s+" + Day + @"(?!,?\s*(?:19|20)\d\d)(?![\d:])")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"(?<![\p{L}\d.,])" + Day + @"\s+" + MonthName + @"(?!,?\s*(?:19|20)\d\d)")]
    private static partial Regex DayMonth();

    // "in December", "last May": a month on its own, which news writes only for the recent past or near future.
    [GeneratedRegex(@"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id-?)\s+(?:early\s+|late\s+|mid-?)?" + MonthName + @"(?!\s*(?:\d|,\s*\d))")]
    private static partial Regex BareMonth();

    // A plain year or range ("1989-91", "2016/17"); "1980s" is a decade and "$2000"/"2,000" are amounts.
    [GeneratedRegex(@"(?<![\d$€£.,/:-])" + Year + @"(?:[-–/](?<to>\d{2})(?!\d))?(?!s\b|\d|,\d|\.\d)")]
    private static partial Regex YearAlone();

    [GeneratedRegex(@"[\p{Ll}\d)""”'’][.!?][""”'’]?\s+(?=[\p{Lu}""“])")]
    private static partial Regex SentenceBoundary();

    // "was scheduled for", "were previously expected": a future cue told in the past.
    [GeneratedRegex(@"\b(?:was|were|had\s+been)\s+(?:\w+ly\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PastPlan();

    // "by Dec. 31,", "until the end of", "not later than the year", "till the first half of", "no later than mid-": a deadline just before the date.
    [GeneratedRegex(@"\b(?:by|until|till|before|no later than|not later than)\s+(?:the\s+(?:(?:end|middle|beginning|start|close)|(?:first|second|third|fourth|last)\s+(?:half|quarter))\s+of\s+|the\s+year\s+)?(?:early\s+|late\s+|mid-?)?(?:[A-Z][a-z]{2,8}\.?\s*(?:\d{1,2},?\s*)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Deadline();

    [GeneratedRegex(@"\b(?:will|shall|'ll|would|may|might|is to|are to|to be (?:delivered|completed|signed|built)|plans?|planned|planning|expected|expects|scheduled|slated|due|aims?|intends?|wants?|seeks?|hopes?|set to|on track to|going to|next|upcoming|projected|envisages?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureCue();

    // Past tense that ends a plan's reach: auxiliaries, the irregular verbs news uses most, and the regular verbs of
    // the arms trade when no "be" makes them passive participles ("a contract signed in 2022" is past, "will be
    // delivered in 2019" is not); other "-ed" words are left out ("advanced jets").
    [GeneratedRegex(@"\b(?:was|were|had|did|made|said|told|took|gave|came|went|began|bought|sold|sent|held|met|won|became|left|found|paid|brought)\b|(?<!\b(?:be|been|being)\s+)\b(?:signed|ordered|agreed|announced|approved|awarded|purchased|acquired|received|delivered|completed|concluded)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastMarker();
}
