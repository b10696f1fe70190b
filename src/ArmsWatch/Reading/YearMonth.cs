using System.Globalization;

namespace ArmsWatch.Reading;

/// <summary>A calendar month, countable: month arithmetic is plain integer arithmetic on <see cref="Index"/>.</summary>
public readonly record struct YearMonth(int Index) : IComparable<YearMonth>
{
    public YearMonth(int year, int month) : this(year * 12 + month - 1) { }

    public int Year => Index / 12;

    public int Month => Index % 12 + 1;

    public static YearMonth Of(DateTime date) => new(date.Year, date.Month);

    /// <summary>Parses "YYYY-MM"; null when it is not one.</summary>
    public static YearMonth? Parse(string value) =>
        DateTime.TryParseExact(value.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? Of(date)
            : null;

    public YearMonth AddMonths(int months) => new(Index + months);

    public int CompareTo(YearMonth other) => Index.CompareTo(other.Index);

    public static bool operator <(YearMonth a, YearMonth b) => a.Index < b.Index;
    public static bool operator >(YearMonth a, YearMonth b) => a.Index > b.Index;
    public static bool operator <=(YearMonth a, YearMonth b) => a.Index <= b.Index;
    public static bool operator >=(YearMonth a, YearMonth b) => a.Index >= b.Index;

    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
