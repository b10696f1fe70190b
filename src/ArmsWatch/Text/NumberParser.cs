using System.Globalization;

namespace ArmsWatch.Text;

/// <summary>Reads a number written as digits ("2,400", "1.83") or as a word ("eight", "dozen").</summary>
public static class NumberParser
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["hundred"] = 100,
        ["dozen"] = 12,
    };

    private static readonly Dictionary<string, decimal> Magnitudes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1e3m, ["k"] = 1e3m, ["million"] = 1e6m, ["mln"] = 1e6m, ["mn"] = 1e6m, ["m"] = 1e6m,
        ["billion"] = 1e9m, ["bln"] = 1e9m, ["bn"] = 1e9m, ["b"] = 1e9m, ["trillion"] = 1e12m,
        ["lakh"] = 1e5m, ["crore"] = 1e7m,
    };

    public static decimal? Parse(string token)
    {
        if (Words.TryGetValue(token, out var word))
            return word;
        if (token.Length == 0 || !char.IsDigit(token[0]))
            return null;
        return decimal.TryParse(token.Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    public static decimal? Magnitude(string token) => Magnitudes.TryGetValue(token, out var m) ? m : null;

    /// <summary>An amount times its magnitude ("599 billion"); null when the product is past what a decimal holds, a
    /// figure no text means ("$599999999999999999999.9 billion").</summary>
    public static decimal? Scaled(decimal amount, decimal magnitude) => amount <= decimal.MaxValue / magnitude ? amount * magnitude : null;

    /// <summary>A year as news writes it: 1900–2099 in digits.</summary>
    public static int? Year(string token) =>
        token.Length == 4 && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and < 2100
            ? year
            : null;
}
