using System.Globalization;

namespace ArmsWatch.Cli.Presentation;

/// <summary>US dollar amounts as a reader says them: "$8.7 bn", "$450 m", "$75,000".</summary>
public static class Money
{
    public static string Format(decimal? value) => value switch
    {
        null => "",
        >= 1_000_000_000m => $"${Short(value.Value / 1_000_000_000m)} bn",
        >= 1_000_000m => $"${Short(value.Value / 1_000_000m)} m",
        _ => "$" + value.Value.ToString("N0", CultureInfo.InvariantCulture),
    };

    private static string Short(decimal amount) => Math.Round(amount, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
