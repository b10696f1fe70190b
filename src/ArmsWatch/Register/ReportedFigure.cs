using System.Globalization;
using System.Text.Json.Serialization;

namespace ArmsWatch.Register;

/// <summary>
/// A figure of a deal (a value or a quantity) as its mentions report it: at which stage (<see cref="FigureBasis"/>) and
/// year, who gave it and how many mentions did. Figures of different stages (a framework of 1,000, a contract for 180,
/// a first delivery of 10) are different facts; two different figures for the same stage and year are a conflict.
/// </summary>
/// <param name="Source">The person or organisation the sentence attributes it to; null when the article says it in its own voice.</param>
/// <param name="ClaimId">The first claim that gives it (with this source); its document and evidence follow.</param>
/// <param name="Evidence">That claim's sentence; left out of listings (null), where it would be repeated deal after deal.</param>
public sealed record ReportedFigure(
    [property: JsonPropertyName("value")] decimal Value,
    [property: JsonPropertyName("basis")] string Basis,
    [property: JsonPropertyName("year")] int? Year,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("mentions")] int Mentions,
    [property: JsonPropertyName("claim_id")] long ClaimId,
    [property: JsonPropertyName("doc")] string Doc,
    [property: JsonPropertyName("evidence"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Evidence)
{
    /// <summary>Another figure differs from this one for the same stage and year.</summary>
    [JsonPropertyName("conflict")] public bool Conflict { get; init; }

    /// <summary>"7000000000 (contract 2001; Mehdi Safari, seed-001)": the figure, its stage and year, who said it and where.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Value:0.##} ({Basis}{(Year is { } year ? $" {year}" : "")}; {Source ?? "unattributed"}, {Doc}{(Mentions > 1 ? $", {Mentions} mentions" : "")})");

    /// <summary>The figures with <see cref="Conflict"/> set where two of the same stage and year differ (sums merely stated in a sentence never conflict).</summary>
    public static IReadOnlyList<ReportedFigure> MarkConflicts(IEnumerable<ReportedFigure> figures)
    {
        var list = figures.ToList();
        var disputed = list.Where(figure => figure.Basis != FigureBasis.Stated).GroupBy(figure => (figure.Basis, figure.Year))
            .Where(group => group.Select(figure => figure.Value).Distinct().Count() > 1)
            .Select(group => group.Key)
            .ToHashSet();
        return list.Select(figure => figure.Basis != FigureBasis.Stated && disputed.Contains((figure.Basis, figure.Year)) ? figure with { Conflict = true } : figure).ToList();
    }
}
