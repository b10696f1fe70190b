using System.Globalization;
using System.Text.Json.Serialization;

namespace ArmsWatch.Documents;

/// <summary>When a text was written, to the precision known: a year, a month or a day.</summary>
[JsonConverter(typeof(PublicationDateJson))]
public readonly record struct PublicationDate(int Year, int? Month = null, int? Day = null)
{
    /// <summary>Parses "YYYY", "YYYY-MM", "YYYY-MM-DD" or any ISO 8601 / RFC 1123 timestamp; null when it is none of these.</summary>
    public static PublicationDate? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var text = value.Trim();
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            return new PublicationDate(year);
        if (text.Length == 7 && DateTime.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            return new PublicationDate(month.Year, month.Month);
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp))
            return new PublicationDate(stamp.Year, stamp.Month, stamp.Day);
        return null;
    }

    /// <summary>"YYYY", "YYYY-MM" or "YYYY-MM-DD", as the claims contract writes it.</summary>
    public override string ToString() =>
        Month is null ? $"{Year:D4}"
        : Day is null ? $"{Year:D4}-{Month:D2}"
        : $"{Year:D4}-{Month:D2}-{Day:D2}";
}
