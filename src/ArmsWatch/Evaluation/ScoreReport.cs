namespace ArmsWatch.Evaluation;

/// <summary>The figures ../shared/eval/score.py prints, for one gold set and one prediction file.</summary>
public sealed record ScoreReport(
    int Documents,
    int TruePositives,
    int FalsePositives,
    int FalseNegatives,
    int Strict,
    int PolarityFlips,
    IReadOnlyDictionary<string, double?> AttributeAccuracy,
    double? PublishedYearAccuracy,
    (int Hit, int Spurious, int Missed) Totals,
    IReadOnlyList<string> Errors)
{
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);
    public double F1 => Harmonic(Precision, Recall);
    public double StrictF1 => Harmonic(Ratio(Strict, TruePositives + FalsePositives), Ratio(Strict, TruePositives + FalseNegatives));

    // The shared scorer rounds to four places before printing to three; doing the same keeps the figures identical.
    private static double Rounded(double value) => Math.Round(value, 4, MidpointRounding.ToEven);

    private static string PythonFloat(double value)
    {
        var text = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
    private static double Harmonic(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);

    /// <summary>The four closing lines of the shared scorer, in its words and order.</summary>
    public IEnumerable<string> Lines()
    {
        yield return $"documents {Documents}  claims tp {TruePositives} fp {FalsePositives} fn {FalseNegatives}";
        yield return $"precision {Rounded(Precision):F3}  recall {Rounded(Recall):F3}  F1 {Rounded(F1):F3}  strict F1 {Rounded(StrictF1):F3}  polarity flips {PolarityFlips}";
        yield return "attribute accuracy on matched claims: " + string.Join(", ",
            AttributeAccuracy.Where(a => a.Value is not null).Select(a => $"{a.Key} {a.Value:F2}"));
        yield return $"published year accuracy {(PublishedYearAccuracy is { } y ? PythonFloat(Rounded(y)) : "None")}  " +
                     $"totals {{'tp': {Totals.Hit}, 'fp': {Totals.Spurious}, 'fn': {Totals.Missed}}}";
    }
}
