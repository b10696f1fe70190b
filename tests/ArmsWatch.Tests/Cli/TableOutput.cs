using ArmsWatch.Cli.Presentation;
using Spectre.Console.Rendering;

namespace ArmsWatch.Tests.Cli;

/// <summary>What a table prints on a terminal of a given width (no colours), line by line.</summary>
public static class TableOutput
{
    public static IReadOnlyList<string> Lines(IRenderable table, int width)
    {
        var output = new StringWriter();
        new Terminal(output, TextWriter.Null, width, IsRedirected: true).Ansi().Write(table);
        return output.ToString().Split('\n').Select(line => line.TrimEnd('\r')).SkipLast(1).ToList();
    }

    public static int Width(string line) => CellText.Width(line);
}
