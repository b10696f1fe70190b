using System.Globalization;
using System.Text.RegularExpressions;
using ArmsWatch.Documents;

namespace ArmsWatch.Reading;

/// <summary>A date a text was estimated to be written on, and whether the text wrote it out or it was reckoned.</summary>
public readonly record struct EstimatedDate(PublicationDate Date, DateSource Source);

/// <summary>
/// Estimates when a news text was written from its own words, never from the machine's clock: a date it writes as
/// its own (a date line at its top, a full date with its weekday), else the years it names as past (a lower bound) and
/// as future (an upper bound), the tenures of the officials it names (a bound), datelines, weekdays and months named
/// without a year. The estimate is bounded by the office-holders table's "as of" month, or by an explicit as-of date.
/// </summary>
public sealed partial class PublicationDateEstimator(OfficeHolders officeHolders, DateTime? asOf = null)
{
    // Datelines and page dates sit at the top; a full date further down is an event the article reports.
    private const int HeaderLength = 400;

    // A line this short holding a date is a date line ("Added On August 9, 2016"), whatever precedes the date.
    private const int DateLineLength = 60;

    // News names a month without its year only when it is recent: within about half a year of writing.
    private const int RecentMonths = 5;

    // How long after the latest past year it names a text counts as written "soon after" it.
    private const int SoonAfterPast = 12;

    private static readonly YearMonth Earliest = new(1945, 1);

    // How many years after the latest past a text names an update stamp may lie and still date the text: news names
    // the recent past (the corpus's pages updated the day they appeared name years up to three before; the seeds' texts
    // of 2001 carry a site's "Last Updated: 07/27/2016").
    private const int UpdateLead = 3;

    // Texts are dated up to the month the office-holders table is current to (or an explicit as-of date): the same
    // text gets the same date today and in ten years.
    private readonly YearMonth _asOf = asOf is { } date ? YearMonth.Of(date) : officeHolders.AsOf;

    /// <summary>An estimator using the shipped office-holders table.</summary>
    public static PublicationDateEstimator Shipped() => new(OfficeHolders.LoadShipped());

    /// <summary>The best estimate of when the text was written, as precise as the evidence allows; null when it gives none.</summary>
    public PublicationDate? Estimate(string text) => EstimateWithSource(text)?.Date;

    /// <summary>The estimate and whether the text wrote the date out (<see cref="DateSource.TextDate"/>) or it was reckoned.</summary>
    /// <param name="text">The text as the pipeline reads it, page furniture removed.</param>
    /// <param name="asRead">The text as read, furniture included, for the date stamps pages print at their top.</param>
    public EstimatedDate? EstimateWithSource(string text, string? asRead = null)
    {
        var (stamped, updatedBy) = DateStamps.Find(asRead ?? text);
        if (stamped is { } published)
            return new EstimatedDate(published, DateSource.TextDate);
        if ((HeaderDate(text) ?? WeekdayFullDate(text)) is { } written)
        {
            // A page is not written after it was last updated: a later date at its top is the day it was read (the
            // site's clock), and the update is the nearest date the page gives of itself.
            if (updatedBy is { } touched && new YearMonth(written.Year, written.Month ?? 1) > touched)
                return new EstimatedDate(new PublicationDate(touched.Year, touched.Month), DateSource.TextDate);
            return new EstimatedDate(written, DateSource.TextDate);
        }
        // Rule "update stamp near the past": a page updated within a few years of the latest past it names was written
        // when it was updated (news pages are touched the day they appear); one updated long after is an older text on a
        // site that stamps every page, and the update only bounds its date (below).
        var bounds = YearBounds(text);
        if (updatedBy is { } update && bounds.LastPast is { } past && past <= update && update.Year - past.Year <= UpdateLead)
            return new EstimatedDate(new PublicationDate(update.Year, update.Month), DateSource.TextDate);
        return Reckoned(text, bounds, updatedBy) is { } reckoned ? new EstimatedDate(reckoned, DateSource.Estimate) : null;
    }

    // Rule "years and tenures": the months the evidence allows, narrowed strongest evidence first; each narrowing is
    // ignored where it would rule out every month left (it contradicts stronger evidence already used).
    private PublicationDate? Reckoned(string text, (YearMonth? LastPast, YearMonth? FirstFuture) bounds, YearMonth? updatedBy)
    {
        var (lastPast, firstFuture) = bounds;
        // Rule "update stamp": the page was touched then, so it was written then or before.
        if (updatedBy is { } touched && (lastPast is null || touched >= lastPast))
            firstFuture = Min(firstFuture, touched);
        var upper = Min(firstFuture ?? _asOf, _asOf);
        var officials = Officials(text);
        if (lastPast is null && officials.Count == 0)
            return firstFuture is { } deadline ? new PublicationDate(Min(deadline, _asOf).Year) : null;

        var candidates = Months(lastPast ?? Earliest, upper);
        if (candidates.Count == 0)
            candidates = [lastPast ?? upper];
        if (officials.Count > 0)
            candidates = Narrow(candidates, MostOfficials(officials, candidates));
        var dateline = Dateline(text);
        if (dateline is { } d)
            candidates = Narrow(candidates, month => month.Month == d.Month);
        candidates = NarrowByWeekdays(text, dateline, candidates);
        candidates = NarrowByRecentMonths(text, candidates);

        // News is written soon after the latest past it names (the year itself in most news): when what remains starts
        // then, the earliest month left. When tenures or weekdays moved it further on, or only tenures are known, the
        // middle of what remains (the earlier of two middles) is least wrong whichever end is true; an open tenure
        // ends at the table's as-of month, so the estimate moves only when the table does.
        var soonAfterPast = lastPast is { } past && candidates[0] <= new YearMonth(past.Year, 12).AddMonths(SoonAfterPast);
        var chosen = soonAfterPast ? candidates[0] : candidates[(candidates.Count - 1) / 2];
        if (dateline is { } known && chosen.Month == known.Month && DateMentions.IsValid(chosen.Year, known.Month, known.Day))
            return new PublicationDate(chosen.Year, known.Month, known.Day);
        return candidates[0] == candidates[^1] ? new PublicationDate(chosen.Year, chosen.Month) : new PublicationDate(chosen.Year);
    }

    /// <summary>Rule "date line": a date with its year at the top of the text, on a line of its own or not introduced as an event ("in", "on", "since").</summary>
    private static PublicationDate? HeaderDate(string text)
    {
        var top = text[..Math.Min(text.Length, HeaderLength)];
        var dates = DateMentions.FullDates(top).Concat(DateMentions.MonthsWithYear(top))
            .Where(m => !m.IsFuture && (OnDateLine(text, m.Index) || IsByline(top, m.Index)))
            .Where(m => m.Day is not null || OnDateLine(text, m.Index) || char.IsDigit(top[m.Index]))
            .OrderBy(m => m.Index);
        return dates.Select(m => (PublicationDate?)new PublicationDate(m.Year!.Value, m.Month, m.Day)).FirstOrDefault();
    }

    /// <summary>
    /// Rule "weekday date": a full date written with its weekday ("Thursday, July 22, 2021") that falls on that weekday.
    /// News spells the weekday out for the days of the story itself; the latest such date is when it was written.
    /// </summary>
    private static PublicationDate? WeekdayFullDate(string text) =>
        WeekdayDateWithYear().Matches(text)
            .Select(m => (Match: m, Month: DateMentions.MonthNumber(m.Groups["mon"].Value), Day: int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture),
                Year: int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)))
            .Where(d => DateMentions.IsValid(d.Year, d.Month, d.Day) && new DateTime(d.Year, d.Month, d.Day).DayOfWeek == Weekday(d.Match.Groups["wd"].Value))
            .Where(d => !DateMentions.IsFuture(text, d.Match.Index))
            .Select(d => new PublicationDate(d.Year, d.Month, d.Day))
            .OrderByDescending(d => (d.Year, d.Month, d.Day))
            .Cast<PublicationDate?>()
            .FirstOrDefault();

    // A date in running text that is neither introduced as an event ("in", "on") nor ends a sentence (a caption's "June 20, 2007.").
    private static bool IsByline(string text, int index) =>
        !EventPreposition().IsMatch(text[..index]) && !SentenceEndAfterDate().IsMatch(text[index..]);

    // The whole text, not the header window: a long line the window cuts short is no date line.
    private static bool OnDateLine(string text, int index)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var end = text.IndexOf('\n', index);
        return (end < 0 ? text.Length : end) - start <= DateLineLength;
    }

    /// <summary>The month and day of a dateline without a year ("WASHINGTON Dec 16", "MOSCOW, Aug. 9 (Xinhua)").</summary>
    private static (int Month, int Day)? Dateline(string text)
    {
        var top = text[..Math.Min(text.Length, HeaderLength)];
        var match = DatelinePattern().Match(top);
        // A short line that starts with the month and day is a date line too ("October 05, 12:36 UTC+3").
        if (!match.Success)
            match = YearlessDateLine().Matches(top).FirstOrDefault(m => OnDateLine(text, m.Index)) ?? match;
        if (!match.Success)
            return null;
        var month = DateMentions.MonthNumber(match.Groups["mon"].Value);
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        return DateMentions.IsValid(2000, month, day) ? (month, day) : null;
    }

    /// <summary>
    /// Rule "past and future years": the text is written after the past it mentions and before the deadlines it sets;
    /// "this year (2016)" pins the year. <c>LastPast</c> is the first month of the latest past period named (January
    /// for a year, the month itself for a month); <c>FirstFuture</c> the last month of the earliest deadline.
    /// </summary>
    private static (YearMonth? LastPast, YearMonth? FirstFuture) YearBounds(string text)
    {
        YearMonth? lastPast = null, firstFuture = null;
        var mentions = DateMentions.Years(text)
            .Concat(DateMentions.MonthsWithYear(text))
            .Concat(DateMentions.FullDates(text));
        foreach (var mention in mentions)
        {
            var year = mention.Year!.Value;
            if (mention.IsFuture)
                firstFuture = Min(firstFuture, new YearMonth(year, mention.Month ?? 12));
            else
                // A range of years has begun when it is named ("the budget for 2024-25"), and ended only when told in
                // the past ("was not allocated in the 2010/11 financial year").
                // A month named with its year and no day ("booked in December 2023") is one the text looks back on
                // from a later month; a month of the text's own year goes without the year ("in December").
                lastPast = Max(lastPast, mention switch
                {
                    { Month: { } month, Day: null } => new YearMonth(year, month).AddMonths(1),
                    // "Back in 2016" looks back from a later year.
                    { Month: null } when LookingBack().IsMatch(text.AsSpan(0, mention.Index)) => new YearMonth(year + 1, 1),
                    _ => new YearMonth(mention.FromYear is { } from && !DateMentions.IsToldInPast(text, mention.Index) ? from : year, mention.Month ?? 1),
                });
        }
        // "Bill 14.449/2022", "Decree No. 12/2019": an act numbered within its year was passed then or before.
        foreach (Match m in NumberedAct().Matches(text))
            lastPast = Max(lastPast, new YearMonth(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), 1));
        // "our 2022 sales, which amounted to", "exports in 2022 totalled": a year's total told as complete is of a
        // year that has ended.
        foreach (Match m in CompletedYearTotal().Matches(text))
            lastPast = Max(lastPast, new YearMonth(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) + 1, 1));
        // A text that calls its own year "this year" names a future year by number only when it is a later one.
        if (firstFuture is { } f && ThisYear().IsMatch(text) && !RelativeYear().IsMatch(text))
            firstFuture = new YearMonth(f.Year - 1, 12);
        foreach (Match m in RelativeYear().Matches(text))
        {
            var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            var shift = (m.Groups["rel1"].Value + m.Groups["rel2"].Value).ToLowerInvariant() switch
            {
                "last" => 1,
                "next" => -1,
                _ => 0,
            };
            lastPast = Max(lastPast, new YearMonth(year + shift, 1));
            firstFuture = Min(firstFuture, new YearMonth(year + shift, 12));
        }
        // Contradicting bounds mean a deadline has passed ("deliveries were to start in 2018"): the past mentions are firmer.
        if (lastPast is { } e && firstFuture is { } l && e > l)
            firstFuture = null;
        return (lastPast, firstFuture);
    }

    /// <summary>The tenures of each official the text names (not as former), by name or by their administration, one list per person.</summary>
    private List<List<OfficeHolder>> Officials(string text) =>
        officeHolders.FindIn(text)
            .Concat(officeHolders.AdministrationsIn(text))
            .Where(m => !m.IsFormer)
            .GroupBy(m => m.Name)
            .Select(g => g.SelectMany(m => m.Tenures).Distinct().ToList())
            .ToList();

    /// <summary>Rule "tenures": the months in which the most officials the text names held their offices; a bound, never a date.</summary>
    private Func<YearMonth, bool> MostOfficials(List<List<OfficeHolder>> people, List<YearMonth> window)
    {
        var scores = window.ToDictionary(month => month, month => people.Count(tenures => tenures.Any(t => t.HeldOfficeIn(month, _asOf))));
        var best = scores.Values.DefaultIfEmpty(0).Max();
        return month => best > 0 && scores.GetValueOrDefault(month) == best;
    }

    /// <summary>Rule "months without a year": keeps the months that agree best with the months the text names without a year (past: just after; future: just before).</summary>
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

    /// <summary>Rule "weekdays": keeps the years in which a date written with its weekday ("Monday, March 12") falls on that weekday.</summary>
    private static List<YearMonth> NarrowByWeekdays(string text, (int Month, int Day)? dateline, List<YearMonth> candidates)
    {
        var dated = WeekdayDate().Matches(text)
            .Select(m => (Weekday: Weekday(m.Groups["wd"].Value), Month: DateMentions.MonthNumber(m.Groups["mon"].Value), Day: int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture)))
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

    // "in", "on", "since" ... just before the date, or before its weekday ("on Monday, July 22"): an event's date.
    [GeneratedRegex(@"\b(?:in|on|since|by|until|before|after|from|of|between|and|to|through|during)(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex EventPreposition();

    // A place at the start of a line, then month and day: in capitals ("WASHINGTON Dec 16", "MOSCOW, Aug. 9"), or in
    // title case with a comma ("New Delhi [India], November 24", "Zurich, April 26"); "On Feb. 16," is no dateline.
    [GeneratedRegex(@"^[ \t]*(?:\p{Lu}[\p{Lu}.'-]+(?:[ -]\p{Lu}[\p{Lu}.'-]+){0,3}[ \t]*,?|\p{Lu}[\p{L}.'-]*(?:[ -]\p{Lu}[\p{L}.'-]*){0,3}(?:[ \t]*\[[^\]\n]{1,30}\])?[ \t]*,)[ \t]+(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?<day>[0-3]?\d)(?!\d|,?\s*(?:19|20)\d\d)", RegexOptions.Multiline)]
    private static partial Regex DatelinePattern();

    // "Monday, March 12", "Tuesday (April 2)", "Monday the 9th of November", "Friday, 9 November".
    [GeneratedRegex(@"\b(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:,|\s*\(|\s+the)?\s*(?:(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?<day>[0-3]?\d)\b|(?<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)")]
    private static partial Regex WeekdayDate();

    [GeneratedRegex(@"^[ \t]*(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?<day>[0-3]?\d)(?!\d|,?\s*(?:19|20)\d\d)", RegexOptions.Multiline)]
    private static partial Regex YearlessDateLine();

    [GeneratedRegex(@"\b(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?<day>[0-3]?\d)(?:st|nd|rd|th)?|(?<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?),?\s+(?<year>(?:19|20)\d\d)\b")]
    private static partial Regex WeekdayDateWithYear();

    [GeneratedRegex(@"\b(?:Law|Bill|Decree|Resolution|Order|Act|Directive|Regulation|No\.)\s+(?:No\.\s*)?\d[\d.]*/(?<year>(?:19|20)\d\d)\b")]
    private static partial Regex NumberedAct();

    // A year's total ("2022 sales", "exports in 2022"), then within a few words a past verb stating its amount.
    [GeneratedRegex(@"(?:(?<![\d$€£.,/-])(?<year>(?:19[4-9]|20[0-4])\d)\s+(?:[\p{L}-]+\s+){0,2}?" + Totals + @"|\b" + Totals + @"\s+(?:[\p{L}-]+\s+){0,3}?(?:in|for)\s+(?<year>(?:19[4-9]|20[0-4])\d)\b)[^.;\n]{0,40}?\b(?:amounted|totall?ed|reached|stood at|came to|was worth|were worth)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CompletedYearTotal();

    private const string Totals = @"(?:sales|exports|revenues?|turnover|earnings|profits?|deliveries|imports|spending|output)\b";

    [GeneratedRegex(@"\b(?:back in|as far back as|as long ago as)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex LookingBack();

    [GeneratedRegex(@"\bthis year\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThisYear();

    [GeneratedRegex(@"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")]
    private static partial Regex WeekdayName();

    // "this year (2016)", "2015, last year": a year written beside the phrase that places it relative to now.
    [GeneratedRegex(@"\b(?<rel1>this|last|next) year\W{1,3}(?:in\s+)?(?<year>(?:19|20)\d\d)\b|\b(?<year>(?:19|20)\d\d)\W{1,3}(?<rel2>this|last|next) year\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeYear();
}
