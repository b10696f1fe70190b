using System.Globalization;
using ArmsWatch.Documents;
using ArmsWatch.Register;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ArmsWatch.Cli.Presentation;

/// <summary>
/// Deals for a terminal. Compact: one line per deal (parties with names, designation, status, years, mentions, the
/// figures stated, disagreeing ones in yellow and joined by "≠"). Wide: who stated each figure, the deal's id, and why
/// its mentions were merged, wrapped under it.
/// </summary>
public static class DealsTable
{
    public static IRenderable Of(IReadOnlyList<Deal> deals, bool wide, int width, StateNames states)
    {
        var table = new TerminalTable<Deal>()
            .Add(new("supplier", deal => states.Label(deal.Key.Supplier), Min: 3, Want: wide ? 18 : 15, Max: wide ? 30 : 20))
            .Add(new("recipient", deal => states.Label(deal.Key.Recipient), Min: 3, Want: wide ? 18 : 15, Max: wide ? 30 : 20))
            .Add(new("designation", deal => deal.Designation, Min: 10, Want: 16, Max: 30))
            .Add(new("status", deal => ClaimsTable.StageText(deal.Stage, deal.Certainty) + (deal.Resumed ? ", resumed" : ""), Min: 22, Max: 30))
            .Add(new("years", Years, Min: 9))
            .Add(new("mentions", Mentions, DropOrder: 5))
            .Add(new("value", deal => Figures(deal.ValuesUsd, wide, value => Money.Format(value)), Min: 8, Max: wide ? 50 : 24, DropOrder: 3,
                Style: deal => deal.ValuesConflict ? "yellow" : null))
            .Add(new("quantity", deal => Figures(deal.Quantities, wide, value => value.ToString("N0", CultureInfo.InvariantCulture)), Min: 8, Max: wide ? 50 : 16,
                DropOrder: 4, Style: deal => deal.QuantitiesConflict ? "yellow" : null))
            .RowStyle(deal => Polarity.IsNegative(deal.Stage, deal.Certainty) ? "red" : null);
        if (wide)
            table.Add(new("deal", deal => deal.Id, Min: 12, Max: 40, DropOrder: 6))
                .Detail(deal => deal.MergeRule);

        var lines = new List<IRenderable> { table.Render(deals, width) };
        var caption = deals.Count == 1 ? "1 deal" : $"{deals.Count} deals";
        if (!wide && deals.Count > 0)
            caption += "; --wide adds who stated each figure, the deal's id and why its mentions were merged";
        lines.Add(new Spectre.Console.Text(CellText.Fit(caption, width), new Style(decoration: Decoration.Dim)));
        foreach (var note in ClaimsTable.Notes(deals.SelectMany(deal => new[] { deal.Key.Supplier, deal.Key.Recipient }), states))
            lines.Add(new Spectre.Console.Text(CellText.Fit(note, width), new Style(decoration: Decoration.Dim)));
        return new Rows(lines);
    }

    /// <summary>"3 (2 articles)": how many claims the deal rests on, and in how many articles.</summary>
    private static string Mentions(Deal deal)
    {
        return $"{deal.Mentions} ({deal.Documents} article{(deal.Documents == 1 ? "" : "s")})";
    }

    private static string Years(Deal deal) =>
        deal.FirstYear is null ? "" : deal.FirstYear == deal.LastYear ? $"{deal.FirstYear}" : $"{deal.FirstYear}–{deal.LastYear}";

    /// <summary>Distinct figures joined by "≠" (they disagree); in the wide table each with who stated it.</summary>
    private static string Figures(IReadOnlyList<ReportedFigure> figures, bool wide, Func<decimal, string> format) =>
        string.Join(" ≠ ", figures.GroupBy(figure => figure.Value).Select(group => wide
            ? $"{format(group.Key)} ({string.Join(", ", group.Select(figure => figure.Source ?? "unattributed").Distinct())})"
            : format(group.Key)));
}
