using System.Globalization;

namespace ArmsWatch.Knowledge;

/// <summary>Month names and their abbreviations, and the months the seasons end in.</summary>
public static class DateWords
{
    public static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    /// <summary>The month each season ends in, as the northern-hemisphere news that names them reckons it.</summary>
    public static readonly Dictionary<string, int> SeasonEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["winter"] = 2, ["spring"] = 5, ["summer"] = 8, ["autumn"] = 11, ["fall"] = 11,
    };

    /// <summary>A month's full name or its usual abbreviation, capitalised as a name ("May", not "may"), as a month
    /// number; null otherwise.</summary>
    public static int? MonthNumber(string word) =>
        word.Length >= 3 && char.IsUpper(word[0]) && Months.Contains(word.TrimEnd('.'))
            ? DateTime.ParseExact(word[..3], "MMM", CultureInfo.InvariantCulture).Month
            : null;

    public static bool IsMonth(string word) => Months.Contains(word.TrimEnd('.'));
}
