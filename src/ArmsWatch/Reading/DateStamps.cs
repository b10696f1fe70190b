using System.Text.RegularExpressions;
using ArmsWatch.Documents;

namespace ArmsWatch.Reading;

/// <summary>
/// The date stamps a page prints near its top, found in the text as read (before furniture is removed):
/// "PUBLISHED : Tuesday, 23 July, 2013", "Posted on May 4, 2015" give the date; "Updated: 19 March, 2023" or
/// "Last Updated: 07/27/2016", "Update : 13 Mar 2017" say the page was touched then: the estimator takes that as the date
/// only near the latest past the text names, else as a bound from above (a site banner stamped years after the article
/// is no date of it).
/// </summary>
public static partial class DateStamps
{
    // Stamps sit in the page's head: the first lines of the text as read.
    private const int HeadLength = 1000;

    /// <summary>The date a "published" or "posted" stamp gives, and the month an "updated" stamp bounds the date by.</summary>
    public static (PublicationDate? Published, YearMonth? UpdatedBy) Find(string text)
    {
        PublicationDate? published = null;
        YearMonth? updated = null;
        foreach (Match m in Stamp().Matches(text[..Math.Min(text.Length, HeadLength)]))
        {
            if (DateIn(m.Groups["rest"].Value) is not { } date)
                continue;
            if (m.Groups["kind"].Value.ToLowerInvariant() is var kind && (kind.Contains("update") || kind.Contains("modified")))
                updated ??= new YearMonth(date.Year, date.Month ?? 12);
            else
                published ??= date;
        }
        return (published, updated);
    }

    private static PublicationDate? DateIn(string rest)
    {
        var mention = DateMentions.FullDates(rest).Concat(DateMentions.MonthsWithYear(rest)).OrderBy(d => d.Index).FirstOrDefault();
        return mention is { Year: { } year } ? new PublicationDate(year, mention.Month, mention.Day) : null;
    }

    [GeneratedRegex(@"^[\W_]*(?<kind>first published|date published|published|posted|last updated|updated|update|last modified|modified)(?:\s+(?:on|at))?\s*[:|-]?\s*(?<rest>[^\n]{0,80})", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex Stamp();
}
