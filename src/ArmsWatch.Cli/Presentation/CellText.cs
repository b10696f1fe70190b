using System.Text;
using Spectre.Console;

namespace ArmsWatch.Cli.Presentation;

/// <summary>Text cut to a table cell's width: shortened with "…" on one line, or wrapped at spaces, never inside a word.</summary>
public static class CellText
{
    public const char Ellipsis = '…';

    /// <summary>How many terminal columns the text takes (a wide East Asian character takes two).</summary>
    public static int Width(string text) => text.GetCellWidth();

    /// <summary>
    /// The text on one line of at most <paramref name="width"/> columns: as it is when it fits, else cut with "…" after
    /// the last whole word that fits, or inside a word when cutting at a space would leave much of the cell empty.
    /// </summary>
    public static string Fit(string text, int width)
    {
        var line = OneLine(text);
        if (Width(line) <= width)
            return line;
        if (width <= 1)
            return width == 1 ? Ellipsis.ToString() : "";
        var cut = Prefix(line, width - 1);
        var space = cut.LastIndexOf(' ');
        // Cut at a word's end unless that wastes more than a few columns of a narrow cell.
        if (space > 0 && cut.Length - space <= Math.Max(3, width / 4))
            cut = cut[..space];
        return cut.TrimEnd(' ', ',', ';', ':', '·', '-') + Ellipsis;
    }

    /// <summary>
    /// The text wrapped into lines of at most <paramref name="width"/> columns, broken only at spaces; a single word
    /// longer than a line (a URL) is shortened with "…" rather than split over two lines.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        var lineWidth = 0;
        foreach (var word in OneLine(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var piece = Width(word) <= width ? word : Fit(word, width);
            var pieceWidth = Width(piece);
            if (lineWidth > 0 && lineWidth + 1 + pieceWidth > width)
            {
                lines.Add(line.ToString());
                line.Clear();
                lineWidth = 0;
            }
            if (lineWidth > 0)
            {
                line.Append(' ');
                lineWidth++;
            }
            line.Append(piece);
            lineWidth += pieceWidth;
        }
        if (lineWidth > 0 || lines.Count == 0)
            lines.Add(line.ToString());
        return lines;
    }

    /// <summary>Line breaks, tabs and runs of spaces as single spaces: a cell is read as running text.</summary>
    public static string OneLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
                builder.Append(' ');
            builder.Append(c);
            space = false;
        }
        return builder.ToString();
    }

    private static string Prefix(string text, int width)
    {
        var used = 0;
        var end = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var runeWidth = Width(rune.ToString());
            if (used + runeWidth > width)
                break;
            used += runeWidth;
            end += rune.Utf16SequenceLength;
        }
        return text[..end];
    }
}
