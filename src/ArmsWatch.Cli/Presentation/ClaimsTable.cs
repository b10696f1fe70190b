using ArmsWatch.Extraction;
using ArmsWatch.Register;
using Spectre.Console;
using ArmsWatch.Documents;

namespace ArmsWatch.Cli.Presentation;

/// <summary>Claims as a Spectre.Console table for a terminal.</summary>
public static class ClaimsTable
{
    public static Table Of(IReadOnlyList<StoredClaim> claims)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("id", "doc", "supplier → recipient", "item", "system", "category", "stage", "certainty", "qty", "value (USD)", "year", "source", "evidence");
        foreach (var stored in claims)
        {
            var claim = stored.Claim;
            table.AddRow(
                Markup.Escape(stored.Id.ToString()),
                Markup.Escape(stored.Doc),
                Markup.Escape($"{claim.Supplier ?? "?"} → {claim.Recipient ?? "?"}"),
                Markup.Escape(claim.Item),
                Markup.Escape(claim.System ?? ""),
                Markup.Escape(VocabularyText<WeaponCategory>.Name(claim.Category)),
                Markup.Escape(VocabularyText<Stage>.Name(claim.Stage)),
                claim.IsNegative ? $"[red]{VocabularyText<Certainty>.Name(claim.Certainty)}[/]" : VocabularyText<Certainty>.Name(claim.Certainty),
                claim.Quantity?.ToString() ?? "",
                claim.ValueUsd is { } value ? value.ToString("N0") : "",
                stored.EffectiveYear?.ToString() ?? "",
                Markup.Escape(claim.Source ?? ""),
                Markup.Escape(claim.Evidence));
        }
        table.Caption($"{claims.Count} claim(s)");
        return table;
    }
}
