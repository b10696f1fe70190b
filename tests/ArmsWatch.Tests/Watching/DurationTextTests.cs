using ArmsWatch.Cli.Presentation;

namespace ArmsWatch.Tests.Watching;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData("90s", 90)]
    [InlineData("5m", 300)]
    [InlineData("1.5h", 5400)]
    [InlineData("1d", 86400)]
    [InlineData("00:10:00", 600)]
    public void Durations_are_read_as_written(string text, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), DurationText.Parse(text));

    [Theory]
    [InlineData("0s")]
    [InlineData("-5m")]
    [InlineData("5 parsecs")]
    [InlineData("")]
    public void Anything_else_is_refused(string text) => Assert.Throws<FormatException>(() => DurationText.Parse(text));
}
