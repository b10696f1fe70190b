using ArmsWatch.Extraction;
using ArmsWatch.Register;
using Spectre.Console;

namespace ArmsWatch.Cli.Presentation;

/// <summary>Deals as a Spectre.Console table for a terminal: disagreeing figures in yellow, with who gave each.</summary>
public static class DealsTable
{
    public static Table Of(IReadOnlyList<Deal> deals)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("deal", "supplier → recipient", "designation", "status", "years", "mentions", "values (USD), who said", "quantities", "why merged");
        foreach (var deal in deals)
        {
            table.AddRow(
                Markup.Escape(deal.Id),
                Markup.Escape($"{deal.Key.Supplier ?? "?"} → {deal.Key.Recipient ?? "?"}"),
                Markup.Escape(deal.Designation),
                Markup.Escape($"{VocabularyText<Stage>.Name(deal.Stage)}, {VocabularyText<Certainty>.Name(deal.Certainty)}{(deal.Resumed ? ", resumed" : "")}"),
                deal.FirstYear is null ? "" : deal.FirstYear == deal.LastYear ? $"{deal.FirstYear}" : $"{deal.FirstYear}–{deal.LastYear}",
                $"{deal.Mentions} in {deal.Documents} doc(s)",
                Figures(deal.ValuesUsd, deal.ValuesConflict),
                Figures(deal.Quantities, deal.QuantitiesConflict),
                Markup.Escape(deal.MergeRule));
        }
        table.Caption($"{deals.Count} deal(s)");
        return table;
    }

    private static string Figures(IReadOnlyList<ReportedFigure> figures, bool conflict)
    {
        var text = Markup.Escape(string.Join("\n", figures.Select(figure => figure.ToString())));
        return conflict ? $"[yellow]{text}[/]" : text;
    }
}
