using System.Globalization;

namespace ArmsWatch.Cli.Presentation;

/// <summary>Durations as people write them on a command line: "90s", "5m", "2h", "1d", or "hh:mm:ss".</summary>
public static class DurationText
{
    /// <exception cref="FormatException">Not a positive duration in one of those forms.</exception>
    public static TimeSpan Parse(string text)
    {
        var value = text.Trim();
        TimeSpan duration;
        if (value.Length > 1 && double.TryParse(value[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) && double.IsFinite(amount))
            duration = char.ToLowerInvariant(value[^1]) switch
            {
                's' => TimeSpan.FromSeconds(amount),
                'm' => TimeSpan.FromMinutes(amount),
                'h' => TimeSpan.FromHours(amount),
                'd' => TimeSpan.FromDays(amount),
                _ => throw Invalid(text),
            };
        else if (!TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out duration))
            throw Invalid(text);
        return duration > TimeSpan.Zero ? duration : throw Invalid(text);
    }

    /// <summary>A short form for messages: "45 s", "4 min", "6 h".</summary>
    public static string Format(TimeSpan duration) =>
        duration.TotalMinutes < 1 ? $"{duration.TotalSeconds:0.#} s"
        : duration.TotalHours < 1 ? $"{duration.TotalMinutes:0.#} min"
        : $"{duration.TotalHours:0.#} h";

    private static FormatException Invalid(string text) => new($"'{text}' is not a duration (e.g. 30s, 5m, 1h)");
}
