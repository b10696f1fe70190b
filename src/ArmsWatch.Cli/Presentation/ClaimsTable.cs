using System.Globalization;
using ArmsWatch.Documents;
using ArmsWatch.Register;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ArmsWatch.Cli.Presentation;

/// <summary>
/// Claims for a terminal. Compact: one line per claim (supplier → recipient with names, system or item, stage and
/// certainty, year, confidence when the extractor gave one, who said it, the article). Wide: every field, and the
/// evidence sentence wrapped under each claim. Negative claims (denied, unlikely, cancelled) in red.
/// </summary>
public static class ClaimsTable
{
    public static IRenderable Of(IReadOnlyList<StoredClaim> claims, bool wide, int width, StateNames states)
    {
        var table = new TerminalTable<StoredClaim>()
            .Add(new("#", stored => stored.Id.ToString(CultureInfo.InvariantCulture), Min: 20, RightAligned: true))
            .Add(new("supplier", stored => states.Label(stored.Claim.Supplier), Min: 3, Want: wide ? 18 : 15, Max: wide ? 30 : 20))
            .Add(new("recipient", stored => states.Label(stored.Claim.Recipient), Min: 3, Want: wide ? 18 : 15, Max: wide ? 30 : 20));
        if (wide)
            table.Add(new("item", stored => stored.Claim.Item, Min: 12, Want: 22, Max: 40))
                .Add(new("system", stored => stored.Claim.System ?? "", Min: 8, Max: 20, DropOrder: 4))
                .Add(new("category", stored => VocabularyText<WeaponCategory>.Name(stored.Claim.Category), Min: 8, Max: 17, DropOrder: 6));
        else
            table.Add(new("system or item", stored => stored.Claim.System ?? stored.Claim.Item, Min: 10, Want: 18, Max: 28));
        table.Add(new("stage, certainty", StageText, Min: 22, Max: 22))
            .Add(new("year", stored => stored.EffectiveYear?.ToString(CultureInfo.InvariantCulture) ?? "", Min: 4));
        if (wide)
            table.Add(new("qty", stored => stored.Claim.Quantity?.ToString("N0", CultureInfo.InvariantCulture) ?? "", Min: 7, RightAligned: true, DropOrder: 5))
                .Add(new("value", stored => Money.Format(stored.Claim.ValueUsd), Min: 11, RightAligned: true, DropOrder: 3));
        if (claims.Any(stored => stored.Claim.Confidence is not null))
            table.Add(new("conf", stored => stored.Claim.Confidence?.ToString("0.00", CultureInfo.InvariantCulture) ?? "", Min: 4, RightAligned: true, DropOrder: 2));
        table.Add(new("source", stored => stored.Claim.Source ?? "", Min: 10, Want: 12, Max: wide ? 30 : 22, DropOrder: 7))
            .Add(new("article", stored => stored.Title ?? stored.Doc, Min: 16, Want: 24, Max: wide ? 60 : 48, DropOrder: 8))
            .RowStyle(stored => stored.Claim.IsNegative ? "red" : null);
        if (wide)
            table.Detail(stored => stored.Claim.Evidence);

        var lines = new List<IRenderable> { table.Render(claims, width) };
        var caption = claims.Count == 1 ? "1 claim" : $"{claims.Count} claims";
        if (!wide && claims.Count > 0)
            caption += "; --wide adds every field and the evidence";
        lines.Add(new Spectre.Console.Text(CellText.Fit(caption, width), new Style(decoration: Decoration.Dim)));
        foreach (var note in Notes(claims.SelectMany(stored => new[] { stored.Claim.Supplier, stored.Claim.Recipient }), states))
            lines.Add(new Spectre.Console.Text(CellText.Fit(note, width), new Style(decoration: Decoration.Dim)));
        return new Rows(lines);
    }

    /// <summary>"delivery" for a plain fact, "agreement, denied" otherwise.</summary>
    public static string StageText(StoredClaim stored) =>
        StageText(stored.Claim.Stage, stored.Claim.Certainty);

    public static string StageText(Stage stage, Certainty certainty) =>
        certainty == Certainty.Fact ? VocabularyText<Stage>.Name(stage) : $"{VocabularyText<Stage>.Name(stage)}, {VocabularyText<Certainty>.Name(certainty)}";

    /// <summary>One line per former state's code among the parties, saying what it stands for.</summary>
    public static IEnumerable<string> Notes(IEnumerable<string?> codes, StateNames states) =>
        codes.Distinct().Order(StringComparer.Ordinal).Select(states.Explain).OfType<string>();
}
