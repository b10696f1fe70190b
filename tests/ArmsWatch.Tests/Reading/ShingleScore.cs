using System.Text.RegularExpressions;

namespace ArmsWatch.Tests.Reading;

/// <summary>
/// The ScrapingHub article-extraction benchmark's measure (../shared/eval/html-reader/evaluate.py): word 4-grams of the
/// extracted text against those of the text a person marked, true and false positives normalised per page, precision
/// and recall averaged over pages, F1 of the two averages.
/// </summary>
internal static partial class ShingleScore
{
    public readonly record struct Counts(double TruePositive, double FalsePositive, double FalseNegative)
    {
        public double Precision => FalsePositive == 0 && FalseNegative == 0 ? 1 : TruePositive + FalsePositive == 0 ? 0 : TruePositive / (TruePositive + FalsePositive);

        public double Recall => FalsePositive == 0 && FalseNegative == 0 ? 1 : TruePositive + FalseNegative == 0 ? 0 : TruePositive / (TruePositive + FalseNegative);

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    public static Counts Page(string truth, string predicted)
    {
        var expected = Shingles(truth);
        var got = Shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        foreach (var key in expected.Keys.Union(got.Keys))
        {
            var t = expected.GetValueOrDefault(key);
            var p = got.GetValueOrDefault(key);
            tp += Math.Min(t, p);
            fp += Math.Max(0, p - t);
            fn += Math.Max(0, t - p);
        }
        var sum = tp + fp + fn;
        return sum > 0 ? new Counts(tp / sum, fp / sum, fn / sum) : new Counts(0, 0, 0);
    }

    /// <summary>Precision, recall and F1 over pages, as the benchmark publishes them.</summary>
    public static (double Precision, double Recall, double F1) Overall(IReadOnlyList<Counts> pages)
    {
        var precision = pages.Where(c => c.TruePositive + c.FalsePositive > 0).Select(c => c.Precision).DefaultIfEmpty(0).Average();
        var recall = pages.Where(c => c.TruePositive + c.FalseNegative > 0).Select(c => c.Recall).DefaultIfEmpty(0).Average();
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var words = Word().Matches(text).Select(m => m.Value).ToArray();
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Max(1, words.Length - 3); i++)
        {
            var shingle = string.Join('\u0001', words.Skip(i).Take(4));
            if (shingle.Length > 0)
                shingles[shingle] = shingles.GetValueOrDefault(shingle) + 1;
        }
        return shingles;
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
