using Spectre.Console;
using Spectre.Console.Rendering;

namespace ArmsWatch.Cli.Presentation;

/// <summary>
/// A table that fits the terminal: one line per row, every column as wide as its content up to its cap; when the
/// terminal is narrower, the widest columns give way first (down to their minimum, text shortened with "…" at a
/// word's end), then the least needed columns are left out. An optional detail under a row (the evidence, the merge
/// rule) spans the columns after the first and is wrapped at spaces. Rendered by Spectre.Console with the widths
/// fixed, so it never wraps a cell itself.
/// </summary>
public sealed class TerminalTable<T>
{
    /// <summary>Spaces between two columns.</summary>
    public const int Gap = 2;

    private readonly List<TableField<T>> fields = [];
    private Func<T, string?>? detail;
    private Func<T, string?>? rowStyle;

    public TerminalTable<T> Add(TableField<T> field)
    {
        fields.Add(field);
        return this;
    }

    /// <summary>Text shown under each row, wrapped to the width of every column but the first.</summary>
    public TerminalTable<T> Detail(Func<T, string?> text)
    {
        detail = text;
        return this;
    }

    /// <summary>A Spectre style for a whole row ("red" for a negative claim), or null.</summary>
    public TerminalTable<T> RowStyle(Func<T, string?> style)
    {
        rowStyle = style;
        return this;
    }

    /// <summary>The columns shown at this width and how wide each is.</summary>
    public IReadOnlyList<(TableField<T> Field, int Width)> Layout(IReadOnlyList<T> rows, int width)
    {
        // A column that may be left out is, when no row has anything to show in it.
        var shown = fields.Where(field => field.DropOrder == 0 || rows.Any(row => CellText.OneLine(field.Text(row)).Length > 0)).ToList();
        while (true)
        {
            var widths = shown.Select(field => Math.Clamp(
                rows.Select(row => CellText.Width(CellText.OneLine(field.Text(row)))).DefaultIfEmpty(0).Max(), CellText.Width(field.Header), field.MaxWidth)).ToArray();
            var wants = shown.Select((field, i) => Math.Min(field.WantWidth, widths[i])).ToArray();
            var floors = shown.Select((field, i) => Math.Min(field.MinWidth, widths[i])).ToArray();
            var excess = widths.Sum() + Gap * (shown.Count - 1) - width;
            // Columns give way down to the width they want before any is left out, and further only when none can be.
            var droppable = shown.Where(field => field.DropOrder > 0).MaxBy(field => field.DropOrder);
            if (excess > widths.Sum() - wants.Sum() && droppable is not null)
            {
                shown.Remove(droppable);
                continue;
            }
            excess = Shrink(widths, wants, excess);
            Shrink(widths, floors, excess);
            return shown.Select((field, i) => (field, widths[i])).ToList();
        }
    }

    // The widest column above its limit gives one column at a time, so columns shrink evenly.
    private static int Shrink(int[] widths, int[] limits, int excess)
    {
        while (excess > 0)
        {
            var widest = -1;
            for (var i = 0; i < widths.Length; i++)
                if (widths[i] > limits[i] && (widest < 0 || widths[i] > widths[widest]))
                    widest = i;
            if (widest < 0)
                break;
            widths[widest]--;
            excess--;
        }
        return excess;
    }

    public IRenderable Render(IReadOnlyList<T> rows, int width)
    {
        var layout = Layout(rows, width);
        var table = new Table { Border = TableBorder.None, ShowHeaders = true, Expand = false };
        for (var i = 0; i < layout.Count; i++)
        {
            var (field, columnWidth) = layout[i];
            var column = new TableColumn(new Spectre.Console.Text(CellText.Fit(field.Header, columnWidth), new Style(decoration: Decoration.Bold)))
            {
                Width = columnWidth,
                NoWrap = true,
                Padding = new Padding(0, 0, i == layout.Count - 1 ? 0 : Gap, 0),
            };
            table.AddColumn(field.RightAligned ? column.RightAligned() : column);
        }
        // A detail spans every column but the first, so it reads as indented under its row.
        // Spectre gives a spanning cell the spanned columns' widths, not the gaps between them.
        var detailWidth = layout.Skip(1).Sum(column => column.Width);
        foreach (var row in rows)
        {
            var style = rowStyle?.Invoke(row);
            table.AddRow(layout.Select(column =>
                (IRenderable)new Spectre.Console.Text(CellText.Fit(column.Field.Text(row), column.Width), Style(column.Field.Style?.Invoke(row) ?? style))));
            if (detail?.Invoke(row) is { Length: > 0 } text && layout.Count > 1)
            {
                var lines = CellText.Wrap(text, detailWidth);
                table.AddRow(new Spectre.Console.Text(""), new TableCell(new Spectre.Console.Text(string.Join('\n', lines), Style("dim"))).Span(layout.Count - 1));
            }
        }
        return table;
    }

    private static Style Style(string? style) => style is null ? Spectre.Console.Style.Plain : Spectre.Console.Style.Parse(style);
}

/// <summary>One column of a <see cref="TerminalTable{T}"/>.</summary>
/// <param name="Header">The column's heading; the column is never narrower than it.</param>
/// <param name="Text">The cell's text for a row (plain text: it is never read as markup).</param>
/// <param name="Min">The narrowest the column may ever get.</param>
/// <param name="Want">The narrowest it gets before columns that may be left out are (by default <paramref name="Min"/>).</param>
/// <param name="Max">The widest the column gets however long its texts.</param>
/// <param name="DropOrder">0: always shown; otherwise the column with the highest order is left out first when the terminal is too narrow.</param>
/// <param name="Style">A Spectre style for a cell ("yellow" for conflicting figures), over the row's.</param>
public sealed record TableField<T>(
    string Header,
    Func<T, string> Text,
    int Min = 1,
    int Max = 60,
    int Want = 0,
    int DropOrder = 0,
    bool RightAligned = false,
    Func<T, string?>? Style = null)
{
    public int MinWidth => Math.Max(Min, CellText.Width(Header));

    public int WantWidth => Math.Max(MinWidth, Want);

    public int MaxWidth => Math.Max(WantWidth, Max);
}
