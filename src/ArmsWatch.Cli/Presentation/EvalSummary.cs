using System.Globalization;
using System.Text.Json.Serialization;
using ArmsWatch.Evaluation;

namespace ArmsWatch.Cli.Presentation;

/// <summary>
/// <c>armswatch eval</c>'s figures: the shared scorer's (the same numbers, rounded the same way) in ArmsWatch's own
/// words, as aligned text or one JSON object.
/// </summary>
public sealed record EvalSummary(
    [property: JsonPropertyName("documents")] int Documents,
    [property: JsonPropertyName("claims")] EvalCounts Claims,
    [property: JsonPropertyName("strict_f1")] double StrictF1,
    [property: JsonPropertyName("polarity_flips")] int PolarityFlips,
    [property: JsonPropertyName("attributes")] IReadOnlyDictionary<string, double?> Attributes,
    [property: JsonPropertyName("published_year_accuracy")] double? PublishedYearAccuracy,
    [property: JsonPropertyName("totals")] EvalCounts Totals)
{
    public static EvalSummary Of(ScoreReport report) => new(
        report.Documents,
        new EvalCounts(report.TruePositives, report.FalsePositives, report.FalseNegatives, Round(report.Precision), Round(report.Recall), Round(report.F1)),
        Round(report.StrictF1),
        report.PolarityFlips,
        report.AttributeAccuracy.ToDictionary(pair => pair.Key, pair => pair.Value is { } value ? Round(value) : (double?)null),
        report.PublishedYearAccuracy is { } year ? Round(year) : null,
        new EvalCounts(report.Totals.Hit, report.Totals.Spurious, report.Totals.Missed));

    /// <summary>The report as lines of text; <paramref name="scoredArticles"/> is how many of the articles have gold.</summary>
    public static IEnumerable<string> Lines(ScoreReport report, int scoredArticles)
    {
        var summary = Of(report);
        var c = summary.Claims;
        yield return Invariant($"gold documents  {summary.Documents} ({scoredArticles} of them among the articles read)");
        yield return Invariant($"claims          precision {c.Precision:0.000}  recall {c.Recall:0.000}  F1 {c.F1:0.000}   ({c.TruePositives} right, {c.FalsePositives} spurious, {c.FalseNegatives} missed)");
        yield return Invariant($"strict          F1 {summary.StrictF1:0.000} (stage right too)   polarity flips {summary.PolarityFlips}");
        var judged = summary.Attributes.Where(pair => pair.Value is not null).Select(pair => Invariant($"{pair.Key} {pair.Value:0.00}")).ToList();
        yield return "attributes      " + (judged.Count == 0 ? "none judged (no claim matched)" : string.Join(", ", judged) + "   (on matched claims)");
        yield return "published year  " + (summary.PublishedYearAccuracy is { } year
            ? Invariant($"{year * 100:0.0}% of the gold documents dated to the right year")
            : "not judged (no gold document gives one)");
        var t = summary.Totals;
        yield return Invariant($"export totals   {t.TruePositives} right, {t.FalsePositives} spurious, {t.FalseNegatives} missed");
    }

    // The shared scorer rounds to four places before it prints; so does this, so the figures are the same.
    private static double Round(double value) => Math.Round(value, 4, MidpointRounding.ToEven);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Right, spurious and missed, and the ratios over them when they are claims.</summary>
public sealed record EvalCounts(
    [property: JsonPropertyName("tp")] int TruePositives,
    [property: JsonPropertyName("fp")] int FalsePositives,
    [property: JsonPropertyName("fn")] int FalseNegatives,
    [property: JsonPropertyName("precision"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Precision = null,
    [property: JsonPropertyName("recall"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Recall = null,
    [property: JsonPropertyName("f1"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? F1 = null);
