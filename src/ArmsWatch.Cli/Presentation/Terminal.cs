using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace ArmsWatch.Cli.Presentation;

/// <summary>
/// Where a command prints and how wide its tables may be: the console (its window's width, or <c>COLUMNS</c> when the
/// output is redirected, else 80), or any writer of a chosen width (tests).
/// </summary>
public sealed record Terminal(TextWriter Out, TextWriter Error, int Width, bool IsRedirected)
{
    public const int DefaultWidth = 80;

    /// <summary>The terminal a command was invoked with (the writers of its invocation configuration).</summary>
    public static Terminal Of(ParseResult parse)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        var console = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        return new Terminal(output, error, console ? WindowWidth() : ColumnsVariable() ?? DefaultWidth, !console);
    }

    /// <summary>A Spectre.Console console over <see cref="Out"/>, exactly <see cref="Width"/> columns wide; colours only on a real terminal.</summary>
    public IAnsiConsole Ansi()
    {
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Out),
            Ansi = IsRedirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = IsRedirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });
        ansi.Profile.Width = Width;
        return ansi;
    }

    private static int WindowWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : ColumnsVariable() ?? DefaultWidth;
        }
        catch (IOException)
        {
            return ColumnsVariable() ?? DefaultWidth;
        }
    }

    private static int? ColumnsVariable() =>
        int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns >= 20
            ? columns
            : null;
}
