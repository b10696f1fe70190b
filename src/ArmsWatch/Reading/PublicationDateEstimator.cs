using System.Text.RegularExpressions;
using ArmsWatch.Documents;

namespace ArmsWatch.Reading;

/// <summary>
/// Estimates when a news text was written from its own time references: a date at the top, a dateline,
/// years spoken of as past or future, months named without a year, weekdays, and the tenures of the officials it names.
/// </summary>
public sealed partial class PublicationDateEstimator(OfficeHolders officeHolders, DateTime? today = null)
{
    // Datelines and page dates sit at the top; a full date further down is an event the article reports.
    private const int HeaderLength = 400;

    // A line this short holding a date is a date line ("Added On August 9, 2016"), whatever precedes the date.
    private const int DateLineLength = 60;

    // News names a month without its year only when it is recent: within about half a year of writing.
    private const int RecentMonths = 5;

    // News is written soon after the latest past event it dates; open-ended tenures would otherwise pull estimates late.
    private const int SoonAfterPast = 6;

    private static readonly YearMonth Earliest = new(1945, 1);

    private readonly YearMonth _now = YearMonth.Of(today ?? DateTime.UtcNow);

    /// <summary>An estimator using the shipped office-holders table.</summary>
    public static PublicationDateEstimator Shipped() => new(OfficeHolders.LoadShipped());

    /// <summary>The best estimate of when the text was written, as precise as the evidence allows; null when it gives none.</summary>
    public PublicationDate? Estimate(string text)
    {
        if (HeaderDate(text) is { } header)
            return header;

        var (earliest, lastPast, latest) = YearBounds(text);
        var window = Months(earliest ?? Earliest, Min(latest ?? _now, _now));
        var candidates = MostOfficials(text, window);
        if (candidates.Count == 0)
        {
            // Deadlines can lie years ahead; the latest past year named is the closer evidence.
            return (earliest ?? latest) is { } bound ? new PublicationDate(bound.Year) : null;
        }

        // Strongest evidence first: each later narrowing is ignored where it would contradict an earlier one.
        var dateline = Dateline(text);
        if (dateline is { } d)
            candidates = Narrow(candidates, month => month.Month == d.Month);
        candidates = NarrowByWeekdays(text, dateline, candidates);
        candidates = NarrowByRecentMonths(text, candidates);
        if (lastPast is { } past)
            candidates = Narrow(candidates, month => month <= past.AddMonths(SoonAfterPast));

        // The middle of what remains: the estimate that is least wrong whichever end is true.
        var chosen = candidates[candidates.Count / 2];
        if (dateline is { } known && chosen.Month == known.Month && DateMentions.IsValid(chosen.Year, known.Month, known.Day))
            return new PublicationDate(chosen.Year, known.Month, known.Day);
        return candidates[0] == candidates[^1] ? new PublicationDate(chosen.Year, chosen.Month) : new PublicationDate(chosen.Year);
    }

    /// <summary>A date with its year at the top of the text, on a line of its own or not introduced as an event ("in", "on", "since").</summary>
    private static PublicationDate? HeaderDate(string text)
    {
        var top = text[..Math.Min(text.Length, HeaderLength)];
        var dates = DateMentions.FullDates(top).Concat(DateMentions.MonthsWithYear(top))
            .Where(m => !m.IsFuture && (OnDateLine(top, m.Index) || IsByline(top, m.Index)))
            .Where(m => m.Day is not null || OnDateLine(top, m.Index) || char.IsDigit(top[m.Index]))
            .OrderBy(m => m.Index);
        return dates.Select(m => (PublicationDate?)new PublicationDate(m.Year!.Value, m.Month, m.Day)).FirstOrDefault();
    }

    // A date in running text that is neither introduced as an event ("in", "on") nor ends a sentence (a caption's "June 20, 2007.").
    private static bool IsByline(string text, int index) =>
        !EventPreposition().IsMatch(text[..index]) && !SentenceEndAfterDate().IsMatch(text[index..]);

    private static bool OnDateLine(string text, int index)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var end = text.IndexOf('\n', index);
        return (end < 0 ? text.Length : end) - start <= DateLineLength;
    }

    /// <summary>The month and day of a dateline without a year ("WASHINGTON Dec 16", "MOSCOW, Aug. 9 (Xinhua)").</summary>
    private static (int Month, int Day)? Dateline(string text)
    {
        var match = DatelinePattern().Match(text[..Math.Min(text.Length, HeaderLength)]);
        if (!match.Success)
            return null;
        var month = DateMentions.MonthNumber(match.Groups["mon"].Value);
        var day = int.Parse(match.Groups["day"].Value);
        return DateMentions.IsValid(2000, month, day) ? (month, day) : null;
    }

    /// <summary>The text is written after the past it mentions and before the deadlines it sets; "this year" pins the year.</summary>
    /// <remarks><c>LastPast</c> is the last month of the latest past period named: December for a year, the month itself for a month.</remarks>
    private static (YearMonth? Earliest, YearMonth? LastPast, YearMonth? Latest) YearBounds(string text)
    {
        YearMonth? earliest = null, lastPast = null, latest = null;
        var mentions = DateMentions.Years(text)
            .Concat(DateMentions.MonthsWithYear(text))
            .Concat(DateMentions.FullDates(text));
        foreach (var mention in mentions)
        {
            var year = mention.Year!.Value;
            if (mention.IsFuture)
                latest = Min(latest, new YearMonth(year, mention.Month ?? 12));
            else
            {
                earliest = Max(earliest, new YearMonth(year, mention.Month ?? 1));
                lastPast = Max(lastPast, new YearMonth(year, mention.Month ?? 12));
            }
        }
        foreach (Match m in RelativeYear().Matches(text))
        {
            var year = int.Parse(m.Groups["year"].Value);
            var shift = (m.Groups["rel1"].Value + m.Groups["rel2"].Value).ToLowerInvariant() switch
            {
                "last" => 1,
                "next" => -1,
                _ => 0,
            };
            earliest = Max(earliest, new YearMonth(year + shift, 1));
            latest = Min(latest, new YearMonth(year + shift, 12));
        }
        // Contradicting bounds mean a deadline has passed ("deliveries were to start in 2018"): the past mentions are firmer.
        if (earliest is { } e && latest is { } l && e > l)
            latest = null;
        return (earliest, lastPast, latest);
    }

    /// <summary>The months of the window in which the most officials the text names (not as former) held their offices.</summary>
    private List<YearMonth> MostOfficials(string text, List<YearMonth> window)
    {
        var people = officeHolders.FindIn(text)
            .Where(m => !m.IsFormer)
            .GroupBy(m => m.Name)
            .Select(g => g.SelectMany(m => m.Tenures).Distinct().ToList())
            .ToList();
        if (people.Count == 0)
            return [];
        var scores = window.Select(month => people.Count(tenures => tenures.Any(t => t.HeldOfficeIn(month, _now)))).ToList();
        var best = scores.DefaultIfEmpty(0).Max();
        return best == 0 ? [] : window.Where((_, i) => scores[i] == best).ToList();
    }

    /// <summary>Keeps the months that agree best with the months the text names without a year (past: just after; future: just before).</summary>
    private static List<YearMonth> NarrowByRecentMonths(string text, List<YearMonth> candidates)
    {
        var named = DateMentions.WithoutYear(text).ToList();
        if (named.Count == 0)
            return candidates;
        var scores = candidates.Select(month => named.Count(n => IsRecent(month, n))).ToList();
        var best = scores.Max();
        return candidates.Where((_, i) => scores[i] == best).ToList();
    }

    private static bool IsRecent(YearMonth written, DateMention named)
    {
        var distance = (written.Month - named.Month!.Value + 12) % 12;
        return named.IsFuture ? distance is >= 12 - RecentMonths - 1 or 0 : distance <= RecentMonths;
    }

    /// <summary>Keeps the years in which a date written with its weekday ("Monday, March 12") falls on that weekday.</summary>
    private static List<YearMonth> NarrowByWeekdays(string text, (int Month, int Day)? dateline, List<YearMonth> candidates)
    {
        var dated = WeekdayDate().Matches(text)
            .Select(m => (Weekday: Weekday(m.Groups["wd"].Value), Month: DateMentions.MonthNumber(m.Groups["mon"].Value), Day: int.Parse(m.Groups["day"].Value)))
            .ToList();
        // A dateline story tells what happened "on Wednesday": usually the dateline's own day.
        if (dateline is { } d && WeekdayName().Match(FirstSentence(text)) is { Success: true } said)
            dated.Add((Weekday(said.Value), d.Month, d.Day));
        foreach (var (weekday, month, day) in dated)
        {
            var years = candidates.Select(c => c.Year).Distinct()
                .Where(y => DateMentions.IsValid(y, month, day) && new DateTime(y, month, day).DayOfWeek == weekday)
                .ToHashSet();
            candidates = Narrow(candidates, c => years.Contains(c.Year));
        }
        return candidates;
    }

    private static string FirstSentence(string text)
    {
        var end = text.IndexOf(". ", Math.Min(text.Length, 40), StringComparison.Ordinal);
        return end < 0 ? text : text[..end];
    }

    // Evidence that would rule out every candidate contradicts the stronger evidence already used: ignore it.
    private static List<YearMonth> Narrow(List<YearMonth> candidates, Func<YearMonth, bool> keep)
    {
        var kept = candidates.Where(keep).ToList();
        return kept.Count > 0 ? kept : candidates;
    }

    private static DayOfWeek Weekday(string name) => Enum.Parse<DayOfWeek>(name, ignoreCase: true);

    private static List<YearMonth> Months(YearMonth from, YearMonth to) =>
        Enumerable.Range(from.Index, Math.Max(0, to.Index - from.Index + 1)).Select(i => new YearMonth(i)).ToList();

    private static YearMonth Min(YearMonth a, YearMonth b) => a < b ? a : b;

    private static YearMonth? Min(YearMonth? a, YearMonth b) => a is { } x && x < b ? x : b;

    private static YearMonth? Max(YearMonth? a, YearMonth b) => a is { } x && x > b ? x : b;

    [GeneratedRegex(@"^[^\n]{0,20}?\b(?:19|20)\d\d\s*[.;]")]
    private static partial Regex SentenceEndAfterDate();

    [GeneratedRegex(@"\b(?:in|on|since|by|until|before|after|from|of|between|and|to|through|during)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex EventPreposition();

    // A place in capitals or title case (with an optional "[India]"), then month and day, at the start of a line.
    [GeneratedRegex(@"^\s*(?:\p{Lu}[\p{L}.'-]*(?:[ -][\p{Lu}\[][\p{L}.'\]-]*){0,3}\s*,?\s+)?(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?<day>[0-3]?\d)(?!\d|,?\s*(?:19|20)\d\d)", RegexOptions.Multiline)]
    private static partial Regex DatelinePattern();

    [GeneratedRegex(@"\b(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?<day>[0-3]?\d)\b")]
    private static partial Regex WeekdayDate();

    [GeneratedRegex(@"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")]
    private static partial Regex WeekdayName();

    // "this year (2016)", "2015, last year": a year written beside the phrase that places it relative to now.
    [GeneratedRegex(@"\b(?<rel1>this|last|next) year\W{1,3}(?:in\s+)?(?<year>(?:19|20)\d\d)\b|\b(?<year>(?:19|20)\d\d)\W{1,3}(?<rel2>this|last|next) year\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeYear();
}
