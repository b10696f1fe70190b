using System.Globalization;
using System.Text.RegularExpressions;
using ArmsWatch.Documents;

namespace ArmsWatch.Reading;

/// <summary>
/// The date a page's address carries: news sites file articles under <c>/2017/01/02/</c> or <c>/2019/02/</c>, end
/// slugs with <c>-2022-04-26</c>, or put <c>20170102</c> in an article id. Only the path and query are read, and only
/// dates that exist (months 1–12, real days, years 1990–2039) are taken.
/// </summary>
public static partial class UrlDate
{
    private const int EarliestYear = 1990;
    private const int LatestYear = 2039;

    /// <summary>The date in the address, as precise as it is written there; null when it holds none.</summary>
    public static PublicationDate? Parse(string? url)
    {
        if (WebAddress.OrNull(url) is not { } address || !Uri.TryCreate(address, UriKind.Absolute, out var uri))
            return null;
        var path = Uri.UnescapeDataString(uri.AbsolutePath + uri.Query);
        // Strongest first: a full date with separators, a full date packed into digits, then a year and month, then a year.
        foreach (Match m in SeparatedDate().Matches(path))
            if (Date(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value) is { } date)
                return date;
        foreach (Match m in DigitRun().Matches(path))
            if (PackedDate(m.Value) is { } date)
                return date;
        foreach (Match m in YearMonth().Matches(path))
            if (Date(m.Groups["y"].Value, m.Groups["m"].Value, null) is { } date)
                return date;
        foreach (Match m in YearSegment().Matches(path))
            if (Date(m.Groups["y"].Value, null, null) is { } date)
                return date;
        return null;
    }

    // "20151216" alone, or at either end of a longer id ("L920151216", "202412160001").
    private static PublicationDate? PackedDate(string digits)
    {
        if (digits.Length is < 8 or > 14)
            return null;
        return Date(digits[..4], digits[4..6], digits[6..8])
            ?? Date(digits[^8..^4], digits[^4..^2], digits[^2..]);
    }

    private static PublicationDate? Date(string year, string? month, string? day)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        if (y is < EarliestYear or > LatestYear)
            return null;
        if (month is null)
            return new PublicationDate(y);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        if (m is < 1 or > 12)
            return null;
        if (day is null)
            return new PublicationDate(y, m);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        return DateMentions.IsValid(y, m, d) ? new PublicationDate(y, m, d) : null;
    }

    // 2017/01/02, 2017-01-02, 2017_01_02 (one separator throughout), not inside a longer number.
    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d\d)(?<sep>[/_-])(?<m>[01]\d)\k<sep>(?<d>[0-3]\d)(?!\d)")]
    private static partial Regex SeparatedDate();

    [GeneratedRegex(@"\d{8,14}")]
    private static partial Regex DigitRun();

    // /2019/02/ or a slug starting 2019-11-: a year and month between separators.
    [GeneratedRegex(@"(?<=/)(?<y>(?:19|20)\d\d)[/_-](?<m>[01]\d)(?=[/_-]|$)")]
    private static partial Regex YearMonth();

    // /2019/ as a folder of its own, with the article below it.
    [GeneratedRegex(@"(?<=/)(?<y>(?:19|20)\d\d)(?=/[^/])")]
    private static partial Regex YearSegment();
}
